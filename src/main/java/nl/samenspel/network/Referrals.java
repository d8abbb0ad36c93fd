package nl.samenspel.network;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.children.ChildManagement;
import nl.samenspel.children.ConsentMethod;
import nl.samenspel.children.ConsentRequest;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Encryption;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.NotFound;
import nl.samenspel.kernel.Role;
import nl.samenspel.organisation.Mailer;
import nl.samenspel.organisation.UserManagement;

/**
 * Referrals of a child or family to a service on the social map. Staff (COORDINATOR, WORKER, SAFEGUARDING_OFFICER)
 * refer and see their organisation's referrals; opening one is logged. The route decides the details: for an
 * intermediary-only service (the Jeugdfonds) the referring worker is recorded as the intermediary; for a service
 * the parents apply to themselves (Leergeld) the worker hands them a letter; the Kindertelefoon takes no referral.
 * A PARTNER sees only the referrals sent to the service they work at, and only the child's first name and age, the
 * reason and the contact; they answer and follow up, and the referring worker gets an e-mail. A referral that says
 * a guardian consented, to a service whose sharing the child's consent register covers (the wijkteam, the school),
 * needs that consent in the register: it is refused without, unless the worker records the guardian's consent in
 * the register with it (audited by the children module).
 */
@Service
@Transactional
public class Referrals {


	private final JdbcClient jdbc;
	private final SocialMap map;
	private final ChildManagement children;
	private final Encryption encryption;
	private final AuditLog audit;
	private final Mailer mailer;
	private final UserManagement users;
	private final Clock clock;
	private final String baseUrl;

	Referrals(JdbcClient jdbc, SocialMap map, ChildManagement children, Encryption encryption, AuditLog audit,
			Mailer mailer, UserManagement users, Clock clock,
			@org.springframework.beans.factory.annotation.Value("${samenspel.base-url:http://localhost:8080}") String baseUrl) {
		this.baseUrl = baseUrl;
		this.jdbc = jdbc;
		this.map = map;
		this.children = children;
		this.encryption = encryption;
		this.audit = audit;
		this.mailer = mailer;
		this.users = users;
		this.clock = clock;
	}

	private static void requireStaff(CurrentUser user) {
		if (!user.hasAnyRole(Role.staff())) {
			throw new AccessDeniedException("staff only");
		}
	}

	public Referral refer(CurrentUser user, ReferralRequest request) {
		requireStaff(user);
		var service = map.services(user.organisationId(), true).stream()
			.filter(it -> it.id().equals(request.serviceId())).findFirst()
			.orElseThrow(() -> new FieldRejected("serviceId", "referral.error.service"));
		if (!service.active()) {
			throw new FieldRejected("serviceId", "referral.error.inactive");
		}
		if (service.route() == Route.INFORM) {
			throw new FieldRejected("serviceId", "referral.error.inform");
		}
		var child = children.child(user, request.childId());
		if (request.consentGuardianId() != null && !child.isGuardian(request.consentGuardianId())) {
			throw new FieldRejected("consentGuardianId", "referral.error.guardian");
		}
		if (request.consentGuardianId() == null && SocialMap.blank(request.noConsentReason()) == null) {
			throw new FieldRejected("noConsentReason", "referral.error.consent");
		}
		if (request.followUpOn() != null && request.followUpOn().isBefore(today())) {
			throw new FieldRejected("followUpOn", "referral.error.followUpPast");
		}
		var purpose = service.kind().consentPurpose();
		if (purpose != null && request.consentGuardianId() != null && !child.allows(purpose)) {
			// the referral may not say "consent given" while the register says there is none
			if (!Boolean.TRUE.equals(request.recordConsent())) {
				throw new FieldRejected("consentGuardianId", "referral.error.consentRegister." + purpose.name());
			}
			if (!user.hasAnyRole(Role.COORDINATOR, Role.WORKER)) {
				throw new FieldRejected("recordConsent", "referral.error.consentRecorder");
			}
			children.giveConsent(user, child.getId(), new ConsentRequest(request.consentGuardianId(), purpose,
					ConsentMethod.SPOKEN));
		}
		var id = UUID.randomUUID();
		var now = Timestamp.from(clock.instant());
		jdbc.sql("""
				insert into referral (id, version, organisation_id, child_id, network_organisation_id, reason, contact,
				  consent_guardian_id, no_consent_reason, warm_handover, intermediary_id, status, follow_up_on, referred_by,
				  created_at, updated_at)
				values (:id, 0, :organisation, :child, :service, :reason, :contact, :guardian, :noConsent, :warm, :intermediary,
				  'PROPOSED', :followUp, :by, :now, :now)""")
			.param("id", id)
			.param("organisation", user.organisationId())
			.param("child", child.getId())
			.param("service", service.id())
			.param("reason", encryption.seal(request.reason().strip(), id))
			.param("contact", encryption.seal(SocialMap.blank(request.contact()), id))
			.param("guardian", request.consentGuardianId())
			.param("noConsent", request.consentGuardianId() == null ? encryption.seal(request.noConsentReason().strip(), id) : null)
			.param("warm", Boolean.TRUE.equals(request.warmHandover()))
			.param("intermediary", service.route() == Route.INTERMEDIARY ? user.id() : null)
			.param("followUp", request.followUpOn() == null ? null : java.sql.Date.valueOf(request.followUpOn()))
			.param("by", user.id())
			.param("now", now)
			.update();
		history(id, ReferralStatus.PROPOSED, user);
		audit.record(AuditAction.CREATED, "referral", id, AuditResult.SUCCESS);
		return referral(user, id);
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(ZoneId.of("Europe/Amsterdam")));
	}

	private void history(UUID id, ReferralStatus status, CurrentUser user) {
		jdbc.sql("insert into referral_status_change (referral_id, status, changed_by, changed_at) values (:id, :status, :by, :now)")
			.param("id", id).param("status", status.name()).param("by", user.id()).param("now", Timestamp.from(clock.instant()))
			.update();
	}

	/** A row of the staff's list: no reason, no contact. */
	public record Summary(UUID id, UUID childId, String childName, String service, ReferralStatus status,
			@Nullable LocalDate followUpOn, java.time.Instant createdAt) {
	}

	@Transactional(readOnly = true)
	public List<Summary> list(CurrentUser user, @Nullable UUID childId) {
		requireStaff(user);
		var rows = jdbc.sql("""
				select r.id, r.child_id, n.name, r.status, r.follow_up_on, r.created_at from referral r
				join network_organisation n on n.id = r.network_organisation_id
				where r.organisation_id = :organisation""" + (childId == null ? "" : " and r.child_id = :child")
				+ " order by r.created_at desc limit 500")
			.param("organisation", user.organisationId())
			.param("child", childId == null ? UUID.randomUUID() : childId)
			.query((rs, n) -> {
				var followUp = rs.getDate("follow_up_on");
				return new Summary(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class), "",
						rs.getString("name"), ReferralStatus.valueOf(rs.getString("status")),
						followUp == null ? null : followUp.toLocalDate(), rs.getTimestamp("created_at").toInstant());
			})
			.list();
		var names = new HashMap<UUID, String>();
		children.cards(user, rows.stream().map(Summary::childId).toList()).forEach(card -> names.put(card.id(), card.name()));
		return rows.stream().filter(row -> names.containsKey(row.childId()))
			.map(row -> new Summary(row.id(), row.childId(), names.get(row.childId()), row.service(), row.status(),
					row.followUpOn(), row.createdAt()))
			.toList();
	}

	private record Row(UUID id, UUID organisationId, UUID childId, UUID serviceId, String reason, @Nullable String contact,
			@Nullable UUID guardian, @Nullable String noConsent, boolean warm, @Nullable UUID intermediary,
			ReferralStatus status, @Nullable LocalDate followUpOn, UUID referredBy, java.time.Instant createdAt,
			java.time.Instant updatedAt) {
	}

	private @Nullable Row row(UUID id) {
		return jdbc.sql("select * from referral where id = :id").param("id", id).query((rs, n) -> {
			var followUp = rs.getDate("follow_up_on");
			return new Row(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
					rs.getObject("child_id", UUID.class), rs.getObject("network_organisation_id", UUID.class),
					rs.getString("reason"), rs.getString("contact"), rs.getObject("consent_guardian_id", UUID.class),
					rs.getString("no_consent_reason"), rs.getBoolean("warm_handover"), rs.getObject("intermediary_id", UUID.class),
					ReferralStatus.valueOf(rs.getString("status")), followUp == null ? null : followUp.toLocalDate(),
					rs.getObject("referred_by", UUID.class), rs.getTimestamp("created_at").toInstant(),
					rs.getTimestamp("updated_at").toInstant());
		}).optional().orElse(null);
	}

	/** A referral, opened, for staff of the organisation; the read is logged. */
	public Referral referral(CurrentUser user, UUID id) {
		requireStaff(user);
		var row = row(id);
		if (row == null || !row.organisationId().equals(user.organisationId())) {
			throw new NotFound();
		}
		var child = children.cards(user, List.of(row.childId())).stream().findFirst().orElseThrow(NotFound::new);
		var service = map.service(user.organisationId(), row.serviceId());
		String guardianName = null;
		if (row.guardian() != null) {
			guardianName = children.guardians(children.child(user, row.childId())).stream()
				.filter(guardian -> guardian.getId().equals(row.guardian())).map(guardian -> guardian.getName())
				.findFirst().orElse(null);
		}
		var history = jdbc.sql("select status, changed_at from referral_status_change where referral_id = :id order by changed_at")
			.param("id", id)
			.query((rs, n) -> new Referral.StatusChange(ReferralStatus.valueOf(rs.getString(1)), rs.getTimestamp(2).toInstant()))
			.list();
		audit.record(AuditAction.READ, "referral", id, AuditResult.SUCCESS);
		return new Referral(id, row.childId(), child.name(), service, encryption.open(row.reason(), id),
				encryption.open(row.contact(), id), row.guardian(), guardianName, encryption.open(row.noConsent(), id),
				row.warm(), row.intermediary(), row.status(), row.followUpOn(), row.referredBy(), row.createdAt(), history);
	}

	/**
	 * Moves a referral on. Staff send a proposed referral or call it off (no longer needed); the PARTNER it is sent
	 * to accepts or declines it and follows it up, and the referring worker is told by e-mail. Another partner's
	 * referral is not found.
	 */
	public void changeStatus(CurrentUser user, UUID id, ReferralStatus status) {
		var row = row(id);
		if (row == null || !row.organisationId().equals(user.organisationId())) {
			throw new NotFound();
		}
		var staff = user.hasAnyRole(Role.staff());
		var partner = !staff && user.hasRole(Role.PARTNER);
		if (partner) {
			var service = map.serviceOf(user);
			if (service.isEmpty() || !service.get().equals(row.serviceId()) || row.status() == ReferralStatus.PROPOSED) {
				throw new NotFound();
			}
			if (!ReferralStatus.PARTNER_SETS.contains(status)) {
				throw new FieldRejected("status", "referral.error.transition");
			}
		}
		else if (!staff) {
			throw new AccessDeniedException("staff or partner only");
		}
		else if (status != ReferralStatus.SENT && status != ReferralStatus.NO_LONGER_NEEDED) {
			throw new FieldRejected("status", "referral.error.transition");
		}
		if (!status.mayFollow(row.status())) {
			throw new FieldRejected("status", "referral.error.transition");
		}
		jdbc.sql("update referral set status = :status, updated_at = :now, version = version + 1 where id = :id")
			.param("status", status.name()).param("now", Timestamp.from(clock.instant())).param("id", id).update();
		history(id, status, user);
		audit.record(AuditAction.UPDATED, "referral", id, AuditResult.SUCCESS);
		if (partner) {
			tellTheReferrer(row, status);
		}
	}

	private void tellTheReferrer(Row row, ReferralStatus status) {
		var referrer = users.user(row.organisationId(), row.referredBy());
		var service = map.service(row.organisationId(), row.serviceId()).name();
		Runnable send = () -> {
			try {
				mailer.send(row.organisationId(), referrer.getEmail(), referrer.getPreferredLanguage(), "mail.referralUpdated",
						service, baseUrl + "/referrals/" + row.id());
			}
			catch (RuntimeException failed) {
				// the status stands and shows in the referral; the mail is only a nudge
				org.slf4j.LoggerFactory.getLogger(Referrals.class).warn("Could not tell the referrer: {}",
						failed.getClass().getSimpleName());
			}
		};
		nl.samenspel.kernel.AfterCommit.run(send);
	}

	// partners

	/** The referrals sent to the PARTNER's service, with only what the partner needs; every one shown is logged. */
	public List<PartnerReferral> forPartner(CurrentUser partner) {
		var service = map.serviceOf(partner);
		if (service.isEmpty()) {
			return List.of();
		}
		var rows = jdbc.sql("select id from referral where network_organisation_id = :service and status <> 'PROPOSED' order by created_at desc limit 200")
			.param("service", service.get()).query(UUID.class).list();
		var result = new ArrayList<PartnerReferral>();
		for (var id : rows) {
			result.add(partnerView(partner, id));
		}
		return result;
	}

	public PartnerReferral forPartner(CurrentUser partner, UUID id) {
		var service = map.serviceOf(partner);
		var row = row(id);
		if (service.isEmpty() || row == null || !row.serviceId().equals(service.get())
				|| !row.organisationId().equals(partner.organisationId()) || row.status() == ReferralStatus.PROPOSED) {
			throw new NotFound();
		}
		return partnerView(partner, id);
	}

	private PartnerReferral partnerView(CurrentUser partner, UUID id) {
		var row = row(id);
		var child = children.partnerCard(partner.organisationId(), row.childId());
		var sent = jdbc.sql("select min(changed_at) from referral_status_change where referral_id = :id and status = 'SENT'")
			.param("id", id).query(Timestamp.class).optional().map(Timestamp::toInstant).orElse(row.createdAt());
		audit.record(AuditAction.READ, "referral", id, AuditResult.SUCCESS);
		return new PartnerReferral(id, child.firstName(), child.ageOn(today()), encryption.open(row.reason(), id),
				encryption.open(row.contact(), id), row.status(), row.warm(), sent);
	}

	/** What the letter for parents who apply themselves needs: the service and the child's first name. */
	public record Letter(NetworkOrganisation service, String childFirstName, String worker) {
	}

	@Transactional(readOnly = true)
	public Letter letter(CurrentUser user, UUID id) {
		requireStaff(user);
		var row = row(id);
		if (row == null || !row.organisationId().equals(user.organisationId())) {
			throw new NotFound();
		}
		var service = map.service(user.organisationId(), row.serviceId());
		if (service.route() != Route.PARENTS_APPLY) {
			throw new NotFound();
		}
		var child = children.cards(user, List.of(row.childId())).stream().findFirst().orElseThrow(NotFound::new);
		return new Letter(service, child.firstName(), users.user(user.organisationId(), row.referredBy()).getDisplayName());
	}

	/** Open referrals with a follow-up date due, for the staff's list. */
	@Transactional(readOnly = true)
	public List<Summary> due(CurrentUser user) {
		return list(user, null).stream()
			.filter(row -> row.status().open() && row.followUpOn() != null && !row.followUpOn().isAfter(today()))
			.toList();
	}

}
