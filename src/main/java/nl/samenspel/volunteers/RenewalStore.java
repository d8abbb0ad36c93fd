package nl.samenspel.volunteers;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Active volunteers whose VOG renewal is due by a day, and the renewal notices sent (one per volunteer and due date). */
@Repository
class RenewalStore {

	private static final String DUE = """
			select * from volunteer
			where status = 'ACTIVE' and vog_renewal_due is not null and vog_renewal_due <= :until
			  and (deactivated_on is null or deactivated_on > :today)""";

	private final JdbcClient jdbc;

	RenewalStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The organisation's active volunteers whose renewal is due on or before {@code until}, soonest first. */
	List<Volunteer> due(UUID organisationId, LocalDate today, LocalDate until, int limit) {
		return jdbc.sql(DUE + " and organisation_id = :organisation order by vog_renewal_due, last_name, first_name, id limit :limit")
			.param("organisation", organisationId)
			.param("today", Date.valueOf(today))
			.param("until", Date.valueOf(until))
			.param("limit", limit)
			.query(VolunteerStore::volunteer)
			.list();
	}

	int dueCount(UUID organisationId, LocalDate today, LocalDate until) {
		return jdbc.sql(DUE.replace("select *", "select count(*)") + " and organisation_id = :organisation")
			.param("organisation", organisationId)
			.param("today", Date.valueOf(today))
			.param("until", Date.valueOf(until))
			.query(Integer.class)
			.single();
	}

	/** The same in every organisation, for the daily notices, without those already noticed for their due date. */
	List<Volunteer> unnoticed(LocalDate today, LocalDate until) {
		return jdbc.sql(DUE + """
				 and not exists (select 1 from volunteer_renewal_notice n
				   where n.volunteer_id = volunteer.id and n.renewal_due = volunteer.vog_renewal_due)
				order by organisation_id, vog_renewal_due, id""")
			.param("today", Date.valueOf(today))
			.param("until", Date.valueOf(until))
			.query(VolunteerStore::volunteer)
			.list();
	}

	/**
	 * Claims the notice for the volunteer's renewal due date before anything is sent: false when it was claimed
	 * already (by an earlier run, or by another node running at the same time).
	 */
	boolean claim(Volunteer volunteer, Instant at) {
		try {
			return jdbc.sql("""
					insert into volunteer_renewal_notice (volunteer_id, renewal_due, organisation_id, sent_at)
					values (:volunteer, :due, :organisation, :at)""")
				.param("volunteer", volunteer.id())
				.param("due", Date.valueOf(volunteer.vogRenewalDue()))
				.param("organisation", volunteer.organisationId())
				.param("at", Timestamp.from(at))
				.update() == 1;
		}
		catch (DuplicateKeyException claimed) {
			return false;
		}
	}
}
