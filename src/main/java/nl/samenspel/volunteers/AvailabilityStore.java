package nl.samenspel.volunteers;

import java.sql.Date;
import java.sql.Time;
import java.time.DayOfWeek;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A volunteer's weekly slots and periods away, always within one organisation. */
@Repository
class AvailabilityStore {

	private final JdbcClient jdbc;

	AvailabilityStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Availability of(UUID organisationId, UUID volunteerId) {
		var slots = jdbc.sql("""
				select id, volunteer_id, day_of_week, starts_at, ends_at from volunteer_slot
				where volunteer_id = :volunteer and organisation_id = :organisation""")
			.param("volunteer", volunteerId).param("organisation", organisationId)
			.query((rs, n) -> new WeeklySlot(rs.getObject("id", UUID.class), rs.getObject("volunteer_id", UUID.class),
					DayOfWeek.of(rs.getInt("day_of_week")), rs.getTime("starts_at").toLocalTime(),
					rs.getTime("ends_at").toLocalTime()))
			.list();
		var away = jdbc.sql("""
				select id, volunteer_id, first_day, last_day, note from volunteer_away
				where volunteer_id = :volunteer and organisation_id = :organisation""")
			.param("volunteer", volunteerId).param("organisation", organisationId)
			.query((rs, n) -> new AwayPeriod(rs.getObject("id", UUID.class), rs.getObject("volunteer_id", UUID.class),
					rs.getDate("first_day").toLocalDate(), rs.getDate("last_day").toLocalDate(), rs.getString("note")))
			.list();
		return new Availability(slots, away);
	}

	/** Holds the volunteer's row until the transaction ends, so that two slots added at once are checked in turn. */
	void lock(UUID volunteerId) {
		jdbc.sql("select id from volunteer where id = :id for update").param("id", volunteerId).query(UUID.class).list();
	}

	void insert(UUID organisationId, WeeklySlot slot) {
		jdbc.sql("""
				insert into volunteer_slot (id, organisation_id, volunteer_id, day_of_week, starts_at, ends_at)
				values (:id, :organisation, :volunteer, :day, :from, :until)""")
			.param("id", slot.id()).param("organisation", organisationId).param("volunteer", slot.volunteerId())
			.param("day", slot.day().getValue()).param("from", Time.valueOf(slot.from()))
			.param("until", Time.valueOf(slot.until()))
			.update();
	}

	void insert(UUID organisationId, AwayPeriod period) {
		jdbc.sql("""
				insert into volunteer_away (id, organisation_id, volunteer_id, first_day, last_day, note)
				values (:id, :organisation, :volunteer, :from, :until, :note)""")
			.param("id", period.id()).param("organisation", organisationId).param("volunteer", period.volunteerId())
			.param("from", Date.valueOf(period.from())).param("until", Date.valueOf(period.until()))
			.param("note", period.note())
			.update();
	}

	boolean deleteSlot(UUID organisationId, UUID volunteerId, UUID id) {
		return jdbc.sql("delete from volunteer_slot where id = :id and volunteer_id = :volunteer and organisation_id = :organisation")
			.param("id", id).param("volunteer", volunteerId).param("organisation", organisationId).update() > 0;
	}

	boolean deleteAway(UUID organisationId, UUID volunteerId, UUID id) {
		return jdbc.sql("delete from volunteer_away where id = :id and volunteer_id = :volunteer and organisation_id = :organisation")
			.param("id", id).param("volunteer", volunteerId).param("organisation", organisationId).update() > 0;
	}
}
