package nl.samenspel.signals;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The Meldcode cases as stored, with their members: only ids, dates, steps, statuses and decisions, never content. */
@Repository
class CaseStore {

	private final JdbcClient jdbc;

	CaseStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, UUID organisationId, UUID childId, UUID openedBy, Instant openedAt) {
		jdbc.sql("""
				insert into concern_case (id, version, organisation_id, child_id, opened_by, opened_at, status, step)
				values (:id, 0, :organisation, :child, :by, :now, 'OPEN', 1)""")
			.param("id", id).param("organisation", organisationId).param("child", childId)
			.param("by", openedBy).param("now", Timestamp.from(openedAt)).update();
	}

	Optional<CaseState> find(UUID id) {
		return jdbc.sql("select * from concern_case where id = :id").param("id", id).query((rs, n) -> {
			var reported = rs.getDate("reported_on");
			var followUp = rs.getDate("follow_up_on");
			var closed = rs.getTimestamp("closed_at");
			var because = rs.getString("closed_because");
			return new CaseState(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
					rs.getObject("child_id", UUID.class), CaseStatus.valueOf(rs.getString("status")), rs.getInt("step"),
					(Boolean) rs.getObject("report_required"), (Boolean) rs.getObject("help_possible"),
					reported == null ? null : reported.toLocalDate(), followUp == null ? null : followUp.toLocalDate(),
					rs.getTimestamp("opened_at").toInstant(), closed == null ? null : closed.toInstant(),
					because == null ? null : ClosedBecause.valueOf(because));
		}).optional();
	}

	/** The organisation's cases, open ones first, newest first. */
	List<CaseSummary> summaries(UUID organisationId) {
		return jdbc.sql("select * from concern_case where organisation_id = :organisation order by status desc, opened_at desc limit 500")
			.param("organisation", organisationId)
			.query((rs, n) -> {
				var followUp = rs.getDate("follow_up_on");
				var because = rs.getString("closed_because");
				return new CaseSummary(rs.getObject("id", UUID.class), CaseStatus.valueOf(rs.getString("status")),
						rs.getInt("step"), rs.getTimestamp("opened_at").toInstant(),
						followUp == null ? null : followUp.toLocalDate(), because == null ? null : ClosedBecause.valueOf(because));
			})
			.list();
	}

	/** A case as the list of cases shows it: where it stands and whose it is, never content. */
	record Listed(UUID id, UUID childId, CaseStatus status, int step, Instant openedAt, @Nullable LocalDate followUpOn) {
	}

	/**
	 * The organisation's cases a user may read, open ones first, then by follow-up date and newest: all of them
	 * ({@code readableBy} null, for a SAFEGUARDING_OFFICER), or those the user was added to or raised a signal of.
	 */
	List<Listed> listed(UUID organisationId, @Nullable UUID readableBy) {
		var condition = readableBy == null ? "" : """
				 and (exists (select 1 from case_member m where m.case_id = c.id and m.app_user_id = :user)
				 or exists (select 1 from signal s where s.case_id = c.id and s.raised_by = :user))""";
		return jdbc.sql("select c.id, c.child_id, c.status, c.step, c.opened_at, c.follow_up_on from concern_case c"
				+ " where c.organisation_id = :organisation " + condition
				+ " order by c.status desc, case when c.follow_up_on is null then 1 else 0 end, c.follow_up_on, c.opened_at desc limit 500")
			.param("organisation", organisationId)
			.param("user", readableBy == null ? UUID.randomUUID() : readableBy)
			.query((rs, n) -> {
				var followUp = rs.getDate(6);
				return new Listed(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
						CaseStatus.valueOf(rs.getString(3)), rs.getInt(4), rs.getTimestamp(5).toInstant(),
						followUp == null ? null : followUp.toLocalDate());
			})
			.list();
	}

	// the steps and decisions

	void moveTo(UUID id, int step) {
		jdbc.sql("update concern_case set step = :step, version = version + 1 where id = :id").param("step", step)
			.param("id", id).update();
	}

	void decided(UUID id, boolean reportRequired, boolean helpPossible) {
		jdbc.sql("update concern_case set report_required = :report, help_possible = :help, step = 5, version = version + 1 where id = :id")
			.param("report", reportRequired).param("help", helpPossible).param("id", id).update();
	}

	void reported(UUID id, LocalDate on) {
		jdbc.sql("update concern_case set reported_on = :on, version = version + 1 where id = :id")
			.param("on", java.sql.Date.valueOf(on)).param("id", id).update();
	}

	/** A new follow-up date, to be reminded of afresh. */
	void followUpOn(UUID id, LocalDate on) {
		jdbc.sql("update concern_case set follow_up_on = :on, reminded_on = null, version = version + 1 where id = :id")
			.param("on", java.sql.Date.valueOf(on)).param("id", id).update();
	}

	void closed(UUID id, Instant at, ClosedBecause because) {
		jdbc.sql("update concern_case set status = 'CLOSED', closed_at = :now, closed_because = :because, version = version + 1 where id = :id")
			.param("now", Timestamp.from(at)).param("because", because.name()).param("id", id).update();
	}

	// members

	boolean isMember(UUID caseId, UUID userId) {
		return jdbc.sql("select count(*) from case_member where case_id = :case and app_user_id = :user")
			.param("case", caseId).param("user", userId).query(Integer.class).single() > 0;
	}

	/** The members' user ids, in the order they were added. */
	List<UUID> members(UUID caseId) {
		return jdbc.sql("select app_user_id from case_member where case_id = :case order by added_at")
			.param("case", caseId).query(UUID.class).list();
	}

	void addMember(UUID caseId, UUID userId, UUID addedBy, Instant at) {
		jdbc.sql("insert into case_member (case_id, app_user_id, added_by, added_at) values (:case, :user, :by, :now)")
			.param("case", caseId).param("user", userId).param("by", addedBy).param("now", Timestamp.from(at)).update();
	}

	void removeMember(UUID caseId, UUID userId) {
		jdbc.sql("delete from case_member where case_id = :case and app_user_id = :user").param("case", caseId)
			.param("user", userId).update();
	}

	// whose reads are held back

	/** An open case of a child: who opened it, when, and when its first signal was raised (if it has one). */
	record OpenCase(UUID id, UUID openedBy, Instant openedAt, Instant sinceFirstSignal) {
	}

	List<OpenCase> open(UUID organisationId, UUID childId) {
		return jdbc.sql("""
				select c.id, c.opened_by, coalesce(min(s.raised_at), c.opened_at) as since_signal, c.opened_at
				from concern_case c left join signal s on s.case_id = c.id
				where c.organisation_id = :organisation and c.child_id = :child and c.status = 'OPEN'
				group by c.id, c.opened_by, c.opened_at""")
			.param("organisation", organisationId)
			.param("child", childId)
			.query((rs, n) -> new OpenCase(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getTimestamp(4).toInstant(), rs.getTimestamp(3).toInstant()))
			.list();
	}

	// of one child

	/** A child's cases, open ones first, newest first, at most {@code limit}: what the child's page shows. */
	List<ChildConcerns.CaseLine> ofChild(UUID organisationId, UUID childId, int limit) {
		return jdbc.sql("""
				select id, status, step, opened_at, follow_up_on, closed_at from concern_case
				where organisation_id = :organisation and child_id = :child
				order by status desc, opened_at desc, id limit :limit""")
			.param("organisation", organisationId)
			.param("child", childId)
			.param("limit", limit)
			.query((rs, n) -> {
				var followUp = rs.getDate(5);
				var closed = rs.getTimestamp(6);
				return new ChildConcerns.CaseLine(rs.getObject(1, UUID.class), CaseStatus.valueOf(rs.getString(2)),
						rs.getInt(3), rs.getTimestamp(4).toInstant(), followUp == null ? null : followUp.toLocalDate(),
						closed == null ? null : closed.toInstant());
			})
			.list();
	}

	// retention and reminders

	/** Whether the child has an open case, or one closed since then. */
	boolean anyOpenOrClosedSince(UUID childId, Instant kept) {
		return jdbc.sql("""
				select count(*) from concern_case where child_id = :child and (status = 'OPEN' or closed_at >= :kept)""")
			.param("child", childId).param("kept", Timestamp.from(kept)).query(Integer.class).single() > 0;
	}

	List<UUID> closedBefore(Instant kept) {
		return jdbc.sql("select id from concern_case where status = 'CLOSED' and closed_at < :kept")
			.param("kept", Timestamp.from(kept)).query(UUID.class).list();
	}

	/** Removes the case and its members; its entries and signals go first. */
	void delete(UUID id) {
		jdbc.sql("delete from case_member where case_id = :id").param("id", id).update();
		jdbc.sql("delete from concern_case where id = :id").param("id", id).update();
	}

	/** An open case whose follow-up day has come and that was not yet reminded of it. */
	record Due(UUID id, UUID organisationId) {
	}

	List<Due> dueForReminder(LocalDate today) {
		return jdbc.sql("""
				select id, organisation_id from concern_case where status = 'OPEN' and follow_up_on <= :today
				and (reminded_on is null or reminded_on < follow_up_on)""")
			.param("today", java.sql.Date.valueOf(today))
			.query((rs, n) -> new Due(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
			.list();
	}

	/** Claims the reminder for today; false when another node already did. */
	boolean claimReminder(UUID id, LocalDate today) {
		return jdbc.sql("""
				update concern_case set reminded_on = :today where id = :id
				and (reminded_on is null or reminded_on < follow_up_on)""")
			.param("today", java.sql.Date.valueOf(today)).param("id", id).update() == 1;
	}
}
