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

/** The signals as stored: facts and source sealed, the rest plain for the need-to-know lists and for counts. */
@Repository
class SignalStore {

	/** A signal as stored; {@code facts} and {@code source} are still sealed. */
	record Row(UUID id, UUID organisationId, UUID childId, UUID raisedBy, Instant raisedAt, LocalDate observedOn,
			Category category, Worry worry, String facts, @Nullable String source, @Nullable UUID caseId) {
	}

	private final JdbcClient jdbc;

	SignalStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Row row, @Nullable UUID sessionId) {
		jdbc.sql("""
				insert into signal (id, organisation_id, child_id, raised_by, raised_at, observed_on, category, worry, facts,
				  source, session_id)
				values (:id, :organisation, :child, :by, :now, :observed, :category, :worry, :facts, :source, :session)""")
			.param("id", row.id())
			.param("organisation", row.organisationId())
			.param("child", row.childId())
			.param("by", row.raisedBy())
			.param("now", Timestamp.from(row.raisedAt()))
			.param("observed", java.sql.Date.valueOf(row.observedOn()))
			.param("category", row.category().name())
			.param("worry", row.worry().name())
			.param("facts", row.facts())
			.param("source", row.source())
			.param("session", sessionId)
			.update();
	}

	Optional<Row> find(UUID id) {
		return jdbc.sql("select * from signal where id = :id").param("id", id).query((rs, n) -> new Row(
				rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class), rs.getObject("child_id", UUID.class),
				rs.getObject("raised_by", UUID.class), rs.getTimestamp("raised_at").toInstant(),
				rs.getDate("observed_on").toLocalDate(), Category.valueOf(rs.getString("category")),
				Worry.valueOf(rs.getString("worry")), rs.getString("facts"), rs.getString("source"),
				rs.getObject("case_id", UUID.class))).optional();
	}

	boolean any() {
		return jdbc.sql("select count(*) from signal").query(Integer.class).single() > 0;
	}

	/**
	 * The organisation's signals, newest first, without content and without the child's name: all of them, or only
	 * those {@code readableBy} raised or is a member of the case of.
	 */
	List<SignalSummary> summaries(UUID organisationId, @Nullable UUID readableBy) {
		var condition = readableBy == null ? ""
				: " and (s.raised_by = :user or s.case_id in (select case_id from case_member where app_user_id = :user))";
		return jdbc.sql("select s.id, s.child_id, s.raised_at, s.category, s.worry, s.case_id from signal s "
				+ "where s.organisation_id = :organisation" + condition + " order by s.raised_at desc limit 500")
			.param("organisation", organisationId)
			.param("user", readableBy == null ? UUID.randomUUID() : readableBy)
			.query((rs, n) -> new SignalSummary(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), "",
					rs.getTimestamp(3).toInstant(), Category.valueOf(rs.getString(4)), Worry.valueOf(rs.getString(5)),
					rs.getObject(6, UUID.class)))
			.list();
	}

	// in a case

	void addToCase(UUID signalId, UUID caseId) {
		jdbc.sql("update signal set case_id = :case where id = :id").param("case", caseId).param("id", signalId).update();
	}

	/** The ids of the case's signals, in the order they were raised. */
	List<UUID> inCase(UUID caseId) {
		return jdbc.sql("select id from signal where case_id = :case order by raised_at").param("case", caseId)
			.query(UUID.class).list();
	}

	boolean raisedOneOf(UUID userId, UUID caseId) {
		return jdbc.sql("select count(*) from signal where case_id = :case and raised_by = :user").param("case", caseId)
			.param("user", userId).query(Integer.class).single() > 0;
	}

	List<UUID> raisersIn(UUID caseId) {
		return jdbc.sql("select raised_by from signal where case_id = :case").param("case", caseId).query(UUID.class).list();
	}

	// of one child

	/** A child's signals, newest first, at most {@code limit}, without content: what the child's page shows. */
	List<ChildConcerns.SignalLine> ofChild(UUID organisationId, UUID childId, int limit) {
		return jdbc.sql("""
				select id, raised_at, category, worry, case_id from signal
				where organisation_id = :organisation and child_id = :child
				order by raised_at desc, id limit :limit""")
			.param("organisation", organisationId)
			.param("child", childId)
			.param("limit", limit)
			.query((rs, n) -> new ChildConcerns.SignalLine(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(),
					Category.valueOf(rs.getString(3)), Worry.valueOf(rs.getString(4)), rs.getObject(5, UUID.class)))
			.list();
	}

	// retention

	boolean anyOutsideACase(UUID childId, Instant raisedSince) {
		return jdbc.sql("select count(*) from signal where child_id = :child and case_id is null and raised_at >= :kept")
			.param("child", childId).param("kept", Timestamp.from(raisedSince)).query(Integer.class).single() > 0;
	}

	void deleteInCase(UUID caseId) {
		jdbc.sql("delete from signal where case_id = :id").param("id", caseId).update();
	}

	/** Removes the signals outside a case raised before then; returns how many. */
	int deleteOutsideACaseRaisedBefore(Instant kept) {
		return jdbc.sql("delete from signal where case_id is null and raised_at < :kept").param("kept", Timestamp.from(kept))
			.update();
	}
}
