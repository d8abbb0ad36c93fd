package nl.samenspel.volunteers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.samenspel.volunteers.VolunteerApplication.StepRecord;

/**
 * Applications, their steps, and what the steps change on the volunteer's record (the intake date, ACTIVE on
 * activation, INACTIVE when rejected or withdrawn): always within one organisation.
 */
@Repository
class RecruitmentStore {

	private static final String SELECT = """
			select a.id as application_id, a.motivation, a.availability, a.language, a.consent_at, a.applied_at,
			  a.outcome, a.outcome_reason, a.outcome_on, a.outcome_by, v.*
			from volunteer_application a join volunteer v on v.id = a.volunteer_id
			""";

	private final JdbcClient jdbc;

	RecruitmentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, Volunteer volunteer, String motivation, String availability, String language, Instant at) {
		jdbc.sql("""
				insert into volunteer_application (id, organisation_id, volunteer_id, motivation, availability, language,
				  consent_at, applied_at)
				values (:id, :organisation, :volunteer, :motivation, :availability, :language, :at, :at)""")
			.param("id", id)
			.param("organisation", volunteer.organisationId())
			.param("volunteer", volunteer.id())
			.param("motivation", motivation)
			.param("availability", availability)
			.param("language", language)
			.param("at", Timestamp.from(at))
			.update();
	}

	Optional<VolunteerApplication> find(UUID organisationId, UUID id) {
		var found = jdbc.sql(SELECT + " where a.id = :id and a.organisation_id = :organisation")
			.param("id", id).param("organisation", organisationId).query(RecruitmentStore::application).list();
		return withSteps(found).stream().findFirst();
	}

	/** The organisation's open applications, newest first, at most {@code limit}. */
	List<VolunteerApplication> open(UUID organisationId, int limit) {
		var found = jdbc.sql(SELECT + """
				 where a.organisation_id = :organisation and a.outcome is null
				order by a.applied_at desc, a.id limit :limit""")
			.param("organisation", organisationId).param("limit", limit).query(RecruitmentStore::application).list();
		return withSteps(found);
	}

	int openCount(UUID organisationId) {
		return jdbc.sql("select count(*) from volunteer_application where organisation_id = :organisation and outcome is null")
			.param("organisation", organisationId).query(Integer.class).single();
	}

	void insertStep(UUID applicationId, ApplicationStep step, LocalDate day, @Nullable String notes, UUID by, Instant at) {
		jdbc.sql("""
				insert into volunteer_application_step (application_id, step, done_on, notes, recorded_by, recorded_at)
				values (:application, :step, :day, :notes, :by, :at)""")
			.param("application", applicationId)
			.param("step", step.name())
			.param("day", java.sql.Date.valueOf(day))
			.param("notes", notes)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.update();
	}

	void intake(UUID organisationId, UUID volunteerId, LocalDate day) {
		jdbc.sql("""
				update volunteer set intake_on = :day, version = version + 1
				where id = :id and organisation_id = :organisation""")
			.param("day", java.sql.Date.valueOf(day)).param("id", volunteerId).param("organisation", organisationId)
			.update();
	}

	/** Makes the applicant ACTIVE, once: false when the record was no longer an applicant. */
	boolean activate(UUID organisationId, UUID volunteerId) {
		return jdbc.sql("""
				update volunteer set status = 'ACTIVE', deactivated_on = null, version = version + 1
				where id = :id and organisation_id = :organisation and status = 'APPLICANT'""")
			.param("id", volunteerId).param("organisation", organisationId).update() == 1;
	}

	/** Closes the open application with its outcome: false when it was closed already. */
	boolean close(UUID organisationId, UUID applicationId, ApplicationOutcome outcome, @Nullable String reason,
			LocalDate day, UUID by) {
		return jdbc.sql("""
				update volunteer_application set outcome = :outcome, outcome_reason = :reason, outcome_on = :day,
				  outcome_by = :by
				where id = :id and organisation_id = :organisation and outcome is null""")
			.param("outcome", outcome.name())
			.param("reason", reason)
			.param("day", java.sql.Date.valueOf(day))
			.param("by", by)
			.param("id", applicationId)
			.param("organisation", organisationId)
			.update() == 1;
	}

	/** An applicant who was rejected or withdrew is no volunteer: INACTIVE from the day. */
	void stop(UUID organisationId, UUID volunteerId, LocalDate day) {
		jdbc.sql("""
				update volunteer set status = 'INACTIVE', deactivated_on = :day, version = version + 1
				where id = :id and organisation_id = :organisation and status = 'APPLICANT'""")
			.param("day", java.sql.Date.valueOf(day)).param("id", volunteerId).param("organisation", organisationId)
			.update();
	}

	/** The applications closed as REJECTED or WITHDRAWN before the day, in every organisation. */
	List<UUID> closedWithoutActivationBefore(LocalDate day) {
		return jdbc.sql("""
				select id from volunteer_application
				where outcome in ('REJECTED', 'WITHDRAWN') and outcome_on < :day order by outcome_on, id""")
			.param("day", java.sql.Date.valueOf(day)).query(UUID.class).list();
	}

	/**
	 * Deletes the application, its steps, and the applicant's record when it is still only the INACTIVE applicant's
	 * (no account linked, never assigned).
	 */
	void forget(UUID applicationId) {
		var volunteer = jdbc.sql("select volunteer_id from volunteer_application where id = :id").param("id", applicationId)
			.query(UUID.class).optional();
		jdbc.sql("delete from volunteer_application_step where application_id = :id").param("id", applicationId).update();
		jdbc.sql("delete from volunteer_application where id = :id").param("id", applicationId).update();
		volunteer.ifPresent(id -> jdbc.sql("""
				delete from volunteer where id = :id and status = 'INACTIVE' and app_user_id is null
				  and not exists (select 1 from volunteer_assignment a where a.volunteer_id = volunteer.id)""")
			.param("id", id).update());
	}

	private List<VolunteerApplication> withSteps(List<VolunteerApplication> applications) {
		if (applications.isEmpty()) {
			return applications;
		}
		var steps = steps(applications.stream().map(VolunteerApplication::id).toList());
		var complete = new ArrayList<VolunteerApplication>();
		for (var it : applications) {
			complete.add(new VolunteerApplication(it.id(), it.organisationId(), it.volunteer(), it.motivation(),
					it.availability(), it.language(), it.consentAt(), it.appliedAt(), it.outcome(), it.outcomeReason(),
					it.outcomeOn(), it.outcomeBy(), steps.getOrDefault(it.id(), List.of())));
		}
		return complete;
	}

	private Map<UUID, List<StepRecord>> steps(Collection<UUID> applicationIds) {
		var steps = new HashMap<UUID, List<StepRecord>>();
		jdbc.sql("select * from volunteer_application_step where application_id in (:ids) order by done_on, recorded_at")
			.param("ids", List.copyOf(applicationIds))
			.query(row -> {
				steps.computeIfAbsent(row.getObject("application_id", UUID.class), id -> new ArrayList<>())
					.add(new StepRecord(ApplicationStep.valueOf(row.getString("step")),
							row.getDate("done_on").toLocalDate(), row.getString("notes"),
							row.getObject("recorded_by", UUID.class)));
			});
		return steps;
	}

	private static VolunteerApplication application(ResultSet row, int number) throws SQLException {
		var volunteer = VolunteerStore.volunteer(row, number);
		var outcome = row.getString("outcome");
		return new VolunteerApplication(row.getObject("application_id", UUID.class), volunteer.organisationId(),
				volunteer, row.getString("motivation"), row.getString("availability"), row.getString("language"),
				row.getTimestamp("consent_at").toInstant(), row.getTimestamp("applied_at").toInstant(),
				outcome == null ? null : ApplicationOutcome.valueOf(outcome), row.getString("outcome_reason"),
				VolunteerStore.day(row, "outcome_on"), row.getObject("outcome_by", UUID.class), List.of());
	}
}
