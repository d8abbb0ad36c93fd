package nl.samenspel.signals;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditEntry;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditQuery;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.children.ChildManagement;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Encryption;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.NotFound;
import nl.samenspel.kernel.Role;
import nl.samenspel.organisation.UserManagement;

/**
 * Raising and reading signals, with need to know. Anyone who works with children (COORDINATOR, WORKER,
 * SAFEGUARDING_OFFICER, VOLUNTEER) raises a signal; the SAFEGUARDING_OFFICERs are told by e-mail that there is a new
 * one (never what it says). A signal is read by the SAFEGUARDING_OFFICERs, by whoever raised it while they are staff
 * (a VOLUNTEER never), and by colleagues added to its case. Every read, and every refused read, is audited.
 */
@Service
@Transactional
public class Signals {

	static final EnumSet<Role> RAISERS = EnumSet.of(Role.COORDINATOR, Role.WORKER, Role.SAFEGUARDING_OFFICER, Role.VOLUNTEER);

	private final JdbcClient jdbc;
	private final ChildManagement children;
	private final Encryption encryption;
	private final AuditLog audit;
	private final UserManagement users;
	private final OfficerMail mail;
	private final Clock clock;

	Signals(JdbcClient jdbc, ChildManagement children, Encryption encryption, AuditLog audit, UserManagement users,
			OfficerMail mail, Clock clock) {
		this.mail = mail;
		this.jdbc = jdbc;
		this.children = children;
		this.encryption = encryption;
		this.audit = audit;
		this.users = users;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(ZoneId.of("Europe/Amsterdam")));
	}

	public UUID raise(CurrentUser user, SignalRequest request) {
		if (!user.hasAnyRole(RAISERS.toArray(Role[]::new))) {
			throw new AccessDeniedException("only those who work with children raise signals");
		}
		if (children.cards(user, List.of(request.childId())).isEmpty()) {
			throw new FieldRejected("childId", "signal.error.child");
		}
		if (request.observedOn().isAfter(today())) {
			throw new FieldRejected("observedOn", "signal.error.future");
		}
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into signal (id, organisation_id, child_id, raised_by, raised_at, observed_on, category, worry, facts,
				  source, session_id)
				values (:id, :organisation, :child, :by, :now, :observed, :category, :worry, :facts, :source, :session)""")
			.param("id", id)
			.param("organisation", user.organisationId())
			.param("child", request.childId())
			.param("by", user.id())
			.param("now", Timestamp.from(clock.instant()))
			.param("observed", java.sql.Date.valueOf(request.observedOn()))
			.param("category", request.category().name())
			.param("worry", request.worry().name())
			.param("facts", encryption.seal(request.facts().strip(), id))
			.param("source", encryption.seal(blank(request.source()), id))
			.param("session", request.sessionId())
			.update();
		audit.record(AuditAction.CREATED, "signal", id, AuditResult.SUCCESS);
		mail.tell(user.organisationId(), "mail.signalRaised", "/signals");
		return id;
	}

	static @Nullable String blank(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	// reading

	record Row(UUID id, UUID organisationId, UUID childId, UUID raisedBy, java.time.Instant raisedAt, LocalDate observedOn,
			Category category, Worry worry, String facts, @Nullable String source, @Nullable UUID caseId) {
	}

	@Nullable Row row(UUID id) {
		return jdbc.sql("select * from signal where id = :id").param("id", id).query((rs, n) -> new Row(
				rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class), rs.getObject("child_id", UUID.class),
				rs.getObject("raised_by", UUID.class), rs.getTimestamp("raised_at").toInstant(),
				rs.getDate("observed_on").toLocalDate(), Category.valueOf(rs.getString("category")),
				Worry.valueOf(rs.getString("worry")), rs.getString("facts"), rs.getString("source"),
				rs.getObject("case_id", UUID.class))).optional().orElse(null);
	}

	/** Whether the user may read this signal: see the class comment. */
	boolean mayRead(CurrentUser user, Row signal) {
		if (!signal.organisationId().equals(user.organisationId())) {
			return false;
		}
		if (user.hasRole(Role.SAFEGUARDING_OFFICER)) {
			return true;
		}
		if (!user.hasAnyRole(Role.staff())) {
			return false;
		}
		return signal.raisedBy().equals(user.id()) || (signal.caseId() != null && isMember(signal.caseId(), user.id()));
	}

	boolean isMember(UUID caseId, UUID userId) {
		return jdbc.sql("select count(*) from case_member where case_id = :case and app_user_id = :user")
			.param("case", caseId).param("user", userId).query(Integer.class).single() > 0;
	}

	/** A signal, opened; the read is audited, and so is a refusal (403). Another organisation's is not found. */
	@Transactional(noRollbackFor = AccessDeniedException.class)
	public Signal signal(CurrentUser user, UUID id) {
		var row = row(id);
		if (row == null || !row.organisationId().equals(user.organisationId())) {
			throw new NotFound();
		}
		if (!mayRead(user, row)) {
			audit.record(AuditAction.READ, "signal", id, AuditResult.DENIED);
			throw new AccessDeniedException("need to know");
		}
		audit.record(AuditAction.READ, "signal", id, AuditResult.SUCCESS);
		return open(user, row);
	}

	Signal open(CurrentUser user, Row row) {
		var child = children.partnerCard(row.organisationId(), row.childId());
		var raiser = users.user(row.organisationId(), row.raisedBy()).getDisplayName();
		return new Signal(row.id(), row.childId(), child.firstName(), row.raisedBy(), raiser, row.raisedAt(),
				row.observedOn(), row.category(), row.worry(), encryption.open(row.facts(), row.id()),
				encryption.open(row.source(), row.id()), row.caseId());
	}

	/** The signals the user may read, newest first, without their content. */
	@Transactional(readOnly = true)
	public List<SignalSummary> readable(CurrentUser user) {
		if (!user.hasAnyRole(Role.staff())) {
			return List.of();
		}
		var condition = user.hasRole(Role.SAFEGUARDING_OFFICER) ? ""
				: " and (s.raised_by = :user or s.case_id in (select case_id from case_member where app_user_id = :user))";
		var rows = jdbc.sql("select s.id, s.child_id, s.raised_at, s.category, s.worry, s.case_id from signal s "
				+ "where s.organisation_id = :organisation" + condition + " order by s.raised_at desc limit 500")
			.param("organisation", user.organisationId())
			.param("user", user.id())
			.query((rs, n) -> new SignalSummary(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), "",
					rs.getTimestamp(3).toInstant(), Category.valueOf(rs.getString(4)), Worry.valueOf(rs.getString(5)),
					rs.getObject(6, UUID.class)))
			.list();
		var names = new HashMap<UUID, String>();
		children.cards(user, rows.stream().map(SignalSummary::childId).toList())
			.forEach(card -> names.put(card.id(), card.firstName()));
		var result = new ArrayList<SignalSummary>();
		rows.forEach(row -> result.add(new SignalSummary(row.id(), row.childId(), names.get(row.childId()), row.raisedAt(),
				row.category(), row.worry(), row.caseId())));
		return result;
	}

	/** Who read or changed this signal or case: shown to those who may read it. */
	@Transactional(readOnly = true)
	public Page<AuditEntry> accessHistory(CurrentUser user, UUID id) {
		return audit.search(user.organisationId(), new AuditQuery(null, null, id.toString(), null, null, null),
				PageRequest.of(0, 100));
	}

}
