package nl.samenspel.participation;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Children's questions as stored, the text and the answer sealed; and the claims of the daily overdue mail. */
@Repository
class QuestionStore {

	/** A question as stored; {@code text} and {@code answer} are still sealed. */
	record Row(UUID id, UUID organisationId, @Nullable UUID childId, String text, boolean urgent, @Nullable UUID askedBy,
			Instant askedAt, @Nullable String answer, @Nullable UUID answeredBy, @Nullable Instant answeredAt,
			boolean published, @Nullable UUID publishedBy, @Nullable Instant publishedAt, @Nullable UUID kioskId) {
	}

	/** A row of the staff's list: no text. */
	record Listed(UUID id, @Nullable UUID childId, boolean urgent, Instant askedAt, @Nullable Instant answeredAt,
			boolean published) {
	}

	record Overdue(UUID organisationId, int count) {
	}

	private final JdbcClient jdbc;

	QuestionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores a question; {@code askerId} is the child who asked themselves, read only by {@link #own}. */
	void insert(Row row, @Nullable UUID askerId) {
		jdbc.sql("""
				insert into participation_question (id, organisation_id, child_id, asker_child_id, question_text, urgent,
				  asked_by, asked_at, published, kiosk_id)
				values (:id, :organisation, :child, :asker, :text, :urgent, :by, :at, false, :kiosk)""")
			.param("id", row.id())
			.param("organisation", row.organisationId())
			.param("child", row.childId())
			.param("asker", askerId)
			.param("text", row.text())
			.param("urgent", row.urgent())
			.param("by", row.askedBy())
			.param("at", Timestamp.from(row.askedAt()))
			.param("kiosk", row.kioskId())
			.update();
	}

	Optional<Row> find(UUID organisationId, UUID id) {
		return jdbc.sql("select * from participation_question where id = :id and organisation_id = :organisation")
			.param("id", id)
			.param("organisation", organisationId)
			.query(QuestionStore::row)
			.optional();
	}

	/** A child's own questions: asked by them (also anonymously), or recorded for them by name. Newest first. */
	List<Row> own(UUID organisationId, UUID childId) {
		return jdbc.sql("""
				select * from participation_question where organisation_id = :organisation
				and (asker_child_id = :child or child_id = :child) order by asked_at desc, id limit 100""")
			.param("organisation", organisationId).param("child", childId)
			.query(QuestionStore::row).list();
	}

	/**
	 * Lets go of an erased child on their questions: asked by them (also anonymously) or recorded for them, the
	 * questions stay without the child's id and so become anonymous; one named for the child keeps the neighbourhood
	 * of the child's home for the figures. How many questions changed; none the second time.
	 */
	int forgetChild(UUID organisationId, UUID childId, @Nullable UUID neighbourhoodId) {
		var named = jdbc.sql("""
				update participation_question set child_id = null, asker_child_id = null,
				  erased_neighbourhood_id = :neighbourhood
				where organisation_id = :organisation and child_id = :child""")
			.param("organisation", organisationId).param("child", childId).param("neighbourhood", neighbourhoodId)
			.update();
		return named + jdbc.sql("""
				update participation_question set asker_child_id = null
				where organisation_id = :organisation and asker_child_id = :child""")
			.param("organisation", organisationId).param("child", childId).update();
	}

	/** The organisation's published questions, newest first. */
	List<Row> published(UUID organisationId) {
		return jdbc.sql("""
				select * from participation_question where organisation_id = :organisation and published
				order by published_at desc, id limit 50""")
			.param("organisation", organisationId)
			.query(QuestionStore::row).list();
	}

	private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Row(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
				rs.getObject("child_id", UUID.class), rs.getString("question_text"), rs.getBoolean("urgent"),
				rs.getObject("asked_by", UUID.class), rs.getTimestamp("asked_at").toInstant(), rs.getString("answer_text"),
				rs.getObject("answered_by", UUID.class), instant(rs.getTimestamp("answered_at")), rs.getBoolean("published"),
				rs.getObject("published_by", UUID.class), instant(rs.getTimestamp("published_at")),
				rs.getObject("kiosk_id", UUID.class));
	}

	/** The organisation's questions: unanswered urgent ones first, then unanswered oldest first, then answered newest. */
	List<Listed> list(UUID organisationId) {
		return jdbc.sql("""
				select id, child_id, urgent, asked_at, answered_at, published from participation_question
				where organisation_id = :organisation
				order by case when answered_at is null then 0 else 1 end,
				  case when answered_at is null and urgent then 0 else 1 end,
				  case when answered_at is null then asked_at end asc,
				  answered_at desc
				limit 500""")
			.param("organisation", organisationId)
			.query((rs, n) -> new Listed(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class),
					rs.getBoolean("urgent"), rs.getTimestamp("asked_at").toInstant(), instant(rs.getTimestamp("answered_at")),
					rs.getBoolean("published")))
			.list();
	}

	void answer(UUID organisationId, UUID id, String sealedAnswer, UUID by, Instant at) {
		jdbc.sql("""
				update participation_question set answer_text = :answer, answered_by = :by, answered_at = :at
				where id = :id and organisation_id = :organisation""")
			.param("answer", sealedAnswer).param("by", by).param("at", Timestamp.from(at)).param("id", id)
			.param("organisation", organisationId)
			.update();
	}

	void publish(UUID organisationId, UUID id, boolean published, @Nullable UUID by, @Nullable Instant at) {
		jdbc.sql("""
				update participation_question set published = :published, published_by = :by, published_at = :at
				where id = :id and organisation_id = :organisation""")
			.param("published", published).param("by", by).param("at", at == null ? null : Timestamp.from(at))
			.param("id", id).param("organisation", organisationId)
			.update();
	}

	/** Per organisation, how many questions asked before the moment are still unanswered. */
	List<Overdue> overdue(Instant askedBefore) {
		return jdbc.sql("""
				select organisation_id, count(*) from participation_question
				where answered_at is null and asked_at < :before group by organisation_id""")
			.param("before", Timestamp.from(askedBefore))
			.query((rs, n) -> new Overdue(rs.getObject(1, UUID.class), rs.getInt(2)))
			.list();
	}

	/** Claims the day's overdue mail for the organisation: false when it was claimed already (sent, or by another node). */
	boolean claimReminder(UUID organisationId, LocalDate day) {
		try {
			return jdbc.sql("insert into participation_question_reminder (organisation_id, mailed_on) values (:organisation, :day)")
				.param("organisation", organisationId).param("day", java.sql.Date.valueOf(day)).update() == 1;
		}
		catch (DuplicateKeyException claimed) {
			return false;
		}
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
