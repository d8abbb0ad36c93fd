package nl.samenspel.volunteers;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of a volunteer's hours: the entries typed by hand ({@code volunteer_hour_entry}) and the sessions worked at,
 * read through the activities module's published views ({@code activities_session_facts},
 * {@code activities_activity_facts}). Always within one organisation.
 */
@Repository
class HoursStore {

	/**
	 * A session counts when the volunteer's assignment is CONFIRMED and they were not noted absent, and the session
	 * took place: it was not cancelled and attendance or walk-ins were registered ({@code held_at}), as in the reports.
	 */
	private static final String WORKED = """
			from volunteer_assignment a
			join activities_session_facts s on s.session_id = a.session_id and s.organisation_id = a.organisation_id
			join activities_activity_facts f on f.activity_id = s.activity_id
			where a.organisation_id = :organisation and a.volunteer_id = :volunteer
			  and a.status = 'CONFIRMED' and a.absent = false
			  and s.status <> 'CANCELLED' and s.held_at is not null
			  and s.session_date >= :from and s.session_date < :until""";

	private final JdbcClient jdbc;

	HoursStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The sessions worked at from {@code from} up to (not including) {@code until}, by date. */
	List<SessionHours> sessions(UUID organisationId, UUID volunteerId, LocalDate from, LocalDate until) {
		return jdbc.sql("select s.session_id, s.session_date, f.title, s.duration_minutes " + WORKED
				+ " order by s.session_date, f.title, s.session_id")
			.param("organisation", organisationId).param("volunteer", volunteerId)
			.param("from", Date.valueOf(from)).param("until", Date.valueOf(until))
			.query((row, number) -> new SessionHours(row.getObject("session_id", UUID.class),
					row.getDate("session_date").toLocalDate(), row.getString("title"), row.getInt("duration_minutes")))
			.list();
	}

	/** Minutes at sessions on one day. */
	int sessionMinutesOn(UUID organisationId, UUID volunteerId, LocalDate day) {
		return jdbc.sql("select coalesce(sum(s.duration_minutes), 0) " + WORKED)
			.param("organisation", organisationId).param("volunteer", volunteerId)
			.param("from", Date.valueOf(day)).param("until", Date.valueOf(day.plusDays(1)))
			.query(Integer.class).single();
	}

	/** Minutes of the volunteer's entries on one day that are not rejected, but the one being changed. */
	int entryMinutesOn(UUID organisationId, UUID volunteerId, LocalDate day, @Nullable UUID except) {
		return jdbc.sql("""
				select coalesce(sum(minutes), 0) from volunteer_hour_entry
				where organisation_id = :organisation and volunteer_id = :volunteer and worked_on = :day
				  and status <> 'REJECTED' and id <> :except""")
			.param("organisation", organisationId).param("volunteer", volunteerId).param("day", Date.valueOf(day))
			.param("except", except == null ? new UUID(0, 0) : except)
			.query(Integer.class).single();
	}

	void insert(HourEntry entry) {
		jdbc.sql("""
				insert into volunteer_hour_entry (id, organisation_id, volunteer_id, worked_on, minutes, kind, description,
				  status, entered_by, entered_at, decided_by, decided_at, reject_reason, version)
				values (:id, :organisation, :volunteer, :workedOn, :minutes, :kind, :description, :status, :enteredBy,
				  :enteredAt, :decidedBy, :decidedAt, :reason, 0)""")
			.param("id", entry.id())
			.param("organisation", entry.organisationId())
			.param("volunteer", entry.volunteerId())
			.param("workedOn", Date.valueOf(entry.workedOn()))
			.param("minutes", entry.minutes())
			.param("kind", entry.kind().name())
			.param("description", entry.description())
			.param("status", entry.status().name())
			.param("enteredBy", entry.enteredBy())
			.param("enteredAt", Timestamp.from(entry.enteredAt()))
			.param("decidedBy", entry.decidedBy())
			.param("decidedAt", entry.decidedAt() == null ? null : Timestamp.from(entry.decidedAt()))
			.param("reason", entry.rejectReason())
			.update();
	}

	/**
	 * The volunteer's corrected entry, submitted again (a decision on it is cleared); false when it was approved or
	 * changed in the meantime.
	 */
	boolean resubmit(HourEntry entry, LocalDate workedOn, int minutes, HourKind kind, String description) {
		return jdbc.sql("""
				update volunteer_hour_entry
				set worked_on = :workedOn, minutes = :minutes, kind = :kind, description = :description,
				  status = 'SUBMITTED', decided_by = null, decided_at = null, reject_reason = null, version = version + 1
				where id = :id and organisation_id = :organisation and version = :version and status <> 'APPROVED'""")
			.param("workedOn", Date.valueOf(workedOn)).param("minutes", minutes).param("kind", kind.name())
			.param("description", description).param("id", entry.id()).param("organisation", entry.organisationId())
			.param("version", entry.version())
			.update() == 1;
	}

	/** Removes an entry that is not approved; false when there is none such. */
	boolean withdraw(UUID organisationId, UUID id) {
		return jdbc.sql("""
				delete from volunteer_hour_entry
				where id = :id and organisation_id = :organisation and status <> 'APPROVED'""")
			.param("id", id).param("organisation", organisationId).update() == 1;
	}

	/** The coordinator's decision on a submitted entry; false when it no longer waits. */
	boolean decide(UUID organisationId, UUID id, HourStatus status, UUID by, Instant at, @Nullable String reason) {
		return jdbc.sql("""
				update volunteer_hour_entry
				set status = :status, decided_by = :by, decided_at = :at, reject_reason = :reason, version = version + 1
				where id = :id and organisation_id = :organisation and status = 'SUBMITTED'""")
			.param("status", status.name()).param("by", by).param("at", Timestamp.from(at)).param("reason", reason)
			.param("id", id).param("organisation", organisationId)
			.update() == 1;
	}

	Optional<HourEntry> find(UUID organisationId, UUID id) {
		return jdbc.sql("select * from volunteer_hour_entry where id = :id and organisation_id = :organisation")
			.param("id", id).param("organisation", organisationId).query(HoursStore::entry).optional();
	}

	/** The volunteer's entries from {@code from} up to (not including) {@code until}, by day. */
	List<HourEntry> entries(UUID organisationId, UUID volunteerId, LocalDate from, LocalDate until) {
		return jdbc.sql("""
				select * from volunteer_hour_entry
				where organisation_id = :organisation and volunteer_id = :volunteer
				  and worked_on >= :from and worked_on < :until
				order by worked_on, entered_at, id""")
			.param("organisation", organisationId).param("volunteer", volunteerId)
			.param("from", Date.valueOf(from)).param("until", Date.valueOf(until))
			.query(HoursStore::entry).list();
	}

	/** The organisation's entries waiting for the coordinator, oldest first, at most {@code limit}. */
	List<PendingEntry> submitted(UUID organisationId, int limit) {
		return jdbc.sql("""
				select e.*, v.first_name, v.last_name from volunteer_hour_entry e
				join volunteer v on v.id = e.volunteer_id
				where e.organisation_id = :organisation and e.status = 'SUBMITTED'
				order by e.entered_at, e.id
				fetch first :limit rows only""")
			.param("organisation", organisationId).param("limit", limit)
			.query((row, number) -> new PendingEntry(entry(row, number),
					row.getString("first_name") + " " + row.getString("last_name")))
			.list();
	}

	long countSubmitted(UUID organisationId) {
		return jdbc.sql("select count(*) from volunteer_hour_entry where organisation_id = :organisation and status = 'SUBMITTED'")
			.param("organisation", organisationId).query(Long.class).single();
	}

	boolean anyOf(UUID volunteerId) {
		return jdbc.sql("select count(*) from volunteer_hour_entry where volunteer_id = :volunteer")
			.param("volunteer", volunteerId).query(Long.class).single() > 0;
	}

	private static HourEntry entry(ResultSet row, int number) throws SQLException {
		var decidedAt = row.getTimestamp("decided_at");
		return new HourEntry(row.getObject("id", UUID.class), row.getObject("organisation_id", UUID.class),
				row.getObject("volunteer_id", UUID.class), row.getDate("worked_on").toLocalDate(), row.getInt("minutes"),
				HourKind.valueOf(row.getString("kind")), row.getString("description"),
				HourStatus.valueOf(row.getString("status")), row.getObject("entered_by", UUID.class),
				row.getTimestamp("entered_at").toInstant(), row.getObject("decided_by", UUID.class),
				decidedAt == null ? null : decidedAt.toInstant(), row.getString("reject_reason"), row.getInt("version"));
	}
}
