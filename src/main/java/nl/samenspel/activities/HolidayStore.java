package nl.samenspel.activities;

import java.sql.Date;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.samenspel.organisation.Region;

/** The SQL of an organisation's school holidays and of the published list they are first copied from. */
@Repository
class HolidayStore {

	private final JdbcClient jdbc;

	HolidayStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean any(UUID organisationId) {
		return jdbc.sql("select count(*) from school_holiday where organisation_id = :organisation")
			.param("organisation", organisationId).query(Integer.class).single() > 0;
	}

	/** Copies the published school holidays of every region into the organisation's list. */
	void copyPublished(UUID organisationId) {
		jdbc.sql("select region, name, starts_on, ends_on from school_holiday_seed").query(rs -> {
			jdbc.sql("""
					insert into school_holiday (id, organisation_id, region, name, starts_on, ends_on)
					values (:id, :organisation, :region, :name, :starts, :ends)""")
				.param("id", UUID.randomUUID())
				.param("organisation", organisationId)
				.param("region", rs.getString("region"))
				.param("name", rs.getString("name"))
				.param("starts", rs.getDate("starts_on"))
				.param("ends", rs.getDate("ends_on"))
				.update();
		});
	}

	List<Holiday> holidays(UUID organisationId) {
		return jdbc.sql("select id, region, name, starts_on, ends_on from school_holiday where organisation_id = :organisation order by starts_on, region")
			.param("organisation", organisationId)
			.query((rs, n) -> new Holiday(rs.getObject("id", UUID.class), Region.valueOf(rs.getString("region")),
					rs.getString("name"), rs.getDate("starts_on").toLocalDate(), rs.getDate("ends_on").toLocalDate()))
			.list();
	}

	void insert(UUID organisationId, Holiday holiday) {
		jdbc.sql("""
				insert into school_holiday (id, organisation_id, region, name, starts_on, ends_on)
				values (:id, :organisation, :region, :name, :starts, :ends)""")
			.param("id", holiday.id())
			.param("organisation", organisationId)
			.param("region", holiday.region().name())
			.param("name", holiday.name())
			.param("starts", Date.valueOf(holiday.startsOn()))
			.param("ends", Date.valueOf(holiday.endsOn()))
			.update();
	}

	/** Removes a holiday of the organisation; false when it has no such holiday. */
	boolean delete(UUID organisationId, UUID id) {
		return jdbc.sql("delete from school_holiday where id = :id and organisation_id = :organisation")
			.param("id", id).param("organisation", organisationId).update() > 0;
	}
}
