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

/** The volunteer records, always within one organisation. */
@Repository
class VolunteerStore {

	private final JdbcClient jdbc;

	VolunteerStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Volunteer volunteer, Instant at) {
		jdbc.sql("""
				insert into volunteer (id, organisation_id, app_user_id, first_name, last_name, email, phone, skills,
				  languages, age_band, status, intake_on, code_signed_on, code_version, vog_issued_on, vog_profile,
				  vog_checked_by, vog_checked_on, vog_renewal_due, deactivated_on, created_at, version)
				values (:id, :organisation, :user, :firstName, :lastName, :email, :phone, :skills, :languages, :ageBand,
				  :status, :intakeOn, :codeSignedOn, :codeVersion, :vogIssuedOn, :vogProfile, :vogCheckedBy,
				  :vogCheckedOn, :vogRenewalDue, :deactivatedOn, :at, 0)""")
			.param("id", volunteer.id())
			.param("organisation", volunteer.organisationId())
			.param("user", volunteer.userId())
			.param("firstName", volunteer.firstName())
			.param("lastName", volunteer.lastName())
			.param("email", volunteer.email())
			.param("phone", volunteer.phone())
			.param("skills", volunteer.skills())
			.param("languages", volunteer.languages())
			.param("ageBand", volunteer.ageBand().name())
			.param("status", volunteer.status().name())
			.param("intakeOn", date(volunteer.intakeOn()))
			.param("codeSignedOn", date(volunteer.codeSignedOn()))
			.param("codeVersion", volunteer.codeVersion())
			.param("vogIssuedOn", date(volunteer.vogIssuedOn()))
			.param("vogProfile", volunteer.vogProfile())
			.param("vogCheckedBy", volunteer.vogCheckedBy())
			.param("vogCheckedOn", date(volunteer.vogCheckedOn()))
			.param("vogRenewalDue", date(volunteer.vogRenewalDue()))
			.param("deactivatedOn", date(volunteer.deactivatedOn()))
			.param("at", Timestamp.from(at))
			.update();
	}

	Optional<Volunteer> find(UUID organisationId, UUID id) {
		return jdbc.sql("select * from volunteer where id = :id and organisation_id = :organisation")
			.param("id", id).param("organisation", organisationId).query(VolunteerStore::volunteer).optional();
	}

	/** The volunteer record linked to a user account (of any organisation: the account's own). */
	Optional<Volunteer> ofUser(UUID userId) {
		return jdbc.sql("select * from volunteer where app_user_id = :user")
			.param("user", userId).query(VolunteerStore::volunteer).optional();
	}

	/** The organisation's volunteers by name. */
	List<Volunteer> all(UUID organisationId) {
		return jdbc.sql("select * from volunteer where organisation_id = :organisation order by last_name, first_name, id")
			.param("organisation", organisationId).query(VolunteerStore::volunteer).list();
	}

	static @Nullable Date date(@Nullable LocalDate day) {
		return day == null ? null : Date.valueOf(day);
	}

	static @Nullable LocalDate day(ResultSet row, String column) throws SQLException {
		var date = row.getDate(column);
		return date == null ? null : date.toLocalDate();
	}

	static Volunteer volunteer(ResultSet row, int number) throws SQLException {
		return new Volunteer(row.getObject("id", UUID.class), row.getObject("organisation_id", UUID.class),
				row.getObject("app_user_id", UUID.class), row.getString("first_name"), row.getString("last_name"),
				row.getString("email"), row.getString("phone"), row.getString("skills"), row.getString("languages"),
				AgeBand.valueOf(row.getString("age_band")), VolunteerStatus.valueOf(row.getString("status")),
				day(row, "intake_on"), day(row, "code_signed_on"), row.getString("code_version"),
				day(row, "vog_issued_on"), row.getString("vog_profile"), row.getObject("vog_checked_by", UUID.class),
				day(row, "vog_checked_on"), day(row, "vog_renewal_due"), day(row, "deactivated_on"),
				row.getInt("version"));
	}
}
