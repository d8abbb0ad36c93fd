package nl.samenspel.volunteers;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static nl.samenspel.volunteers.VolunteerStore.date;

/**
 * The changes to a volunteer record (contact, what they bring, VOG, code of conduct, status, account) and the list's
 * search, always within one organisation. Reading one record and inserting are {@link VolunteerStore}'s.
 */
@Repository
class VolunteerRecordStore {

	/** The safety rule of {@link Volunteer#missingOn} in SQL, true or false (never null) for a row on {@code :today}. */
	private static final String CLEARED = """
			(status = 'ACTIVE' and (deactivated_on is null or deactivated_on > :today)
			 and vog_issued_on is not null and vog_issued_on <= :today
			 and (vog_renewal_due is null or vog_renewal_due > :today)
			 and code_signed_on is not null and code_signed_on <= :today)""";

	private final JdbcClient jdbc;

	VolunteerRecordStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The organisation's volunteers matching the query, by name, with their screening state on the day. */
	Page<Volunteer> search(UUID organisationId, VolunteerQuery query, LocalDate today, Pageable pageable) {
		var where = new StringBuilder("organisation_id = :organisation");
		if (!query.name().isBlank()) {
			where.append(" and lower(first_name || ' ' || last_name) like :name escape '\\'");
		}
		if (query.status() != null) {
			where.append(" and status = :status");
		}
		if (query.screening() == ScreeningState.CLEARED) {
			where.append(" and ").append(CLEARED);
		}
		else if (query.screening() == ScreeningState.RENEWAL_DUE) {
			where.append(" and ").append(CLEARED).append(" and vog_renewal_due <= :soon");
		}
		else if (query.screening() == ScreeningState.MISSING) {
			where.append(" and not ").append(CLEARED);
		}
		var name = "%" + query.name().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
			.replace("_", "\\_") + "%";
		var status = query.status() == null ? "" : query.status().name();
		var soon = date(today.plusDays(ScreeningState.RENEWAL_NOTICE_DAYS));
		var total = jdbc.sql("select count(*) from volunteer where " + where)
			.param("organisation", organisationId).param("name", name).param("status", status)
			.param("today", date(today)).param("soon", soon)
			.query(Long.class).single();
		var rows = jdbc.sql("select * from volunteer where " + where
				+ " order by last_name, first_name, id limit :limit offset :offset")
			.param("organisation", organisationId).param("name", name).param("status", status)
			.param("today", date(today)).param("soon", soon)
			.param("limit", pageable.getPageSize()).param("offset", pageable.getOffset())
			.query(VolunteerStore::volunteer).list();
		return new PageImpl<>(rows, pageable, total);
	}

	void update(UUID organisationId, UUID id, VolunteerDetails details) {
		jdbc.sql("""
				update volunteer set first_name = :firstName, last_name = :lastName, email = :email, phone = :phone,
				  skills = :skills, languages = :languages, age_band = :ageBand, intake_on = :intakeOn,
				  version = version + 1
				where id = :id and organisation_id = :organisation""")
			.param("firstName", details.firstName()).param("lastName", details.lastName())
			.param("email", details.email()).param("phone", details.phone()).param("skills", details.skills())
			.param("languages", details.languages()).param("ageBand", details.ageBand().name())
			.param("intakeOn", date(details.intakeOn())).param("id", id).param("organisation", organisationId)
			.update();
	}

	void updateContact(UUID organisationId, UUID id, VolunteerContact contact) {
		jdbc.sql("""
				update volunteer set first_name = :firstName, last_name = :lastName, email = :email, phone = :phone,
				  skills = :skills, languages = :languages, version = version + 1
				where id = :id and organisation_id = :organisation""")
			.param("firstName", contact.firstName()).param("lastName", contact.lastName())
			.param("email", contact.email()).param("phone", contact.phone()).param("skills", contact.skills())
			.param("languages", contact.languages()).param("id", id).param("organisation", organisationId)
			.update();
	}

	void recordVog(UUID organisationId, UUID id, LocalDate issuedOn, String profile, UUID checkedBy,
			LocalDate checkedOn, LocalDate renewalDue) {
		jdbc.sql("""
				update volunteer set vog_issued_on = :issuedOn, vog_profile = :profile, vog_checked_by = :checkedBy,
				  vog_checked_on = :checkedOn, vog_renewal_due = :renewalDue, version = version + 1
				where id = :id and organisation_id = :organisation""")
			.param("issuedOn", date(issuedOn)).param("profile", profile).param("checkedBy", checkedBy)
			.param("checkedOn", date(checkedOn)).param("renewalDue", date(renewalDue)).param("id", id)
			.param("organisation", organisationId).update();
	}

	void recordCodeOfConduct(UUID organisationId, UUID id, LocalDate signedOn, String version) {
		jdbc.sql("""
				update volunteer set code_signed_on = :signedOn, code_version = :version, version = version + 1
				where id = :id and organisation_id = :organisation""")
			.param("signedOn", date(signedOn)).param("version", version).param("id", id)
			.param("organisation", organisationId).update();
	}

	/** Makes the record INACTIVE from the day; a record that is inactive already keeps its date. */
	boolean deactivate(UUID organisationId, UUID id, LocalDate day) {
		return jdbc.sql("""
				update volunteer set status = 'INACTIVE', deactivated_on = :day, version = version + 1
				where id = :id and organisation_id = :organisation and status <> 'INACTIVE'""")
			.param("day", date(day)).param("id", id).param("organisation", organisationId).update() > 0;
	}

	/** The record linked to the account, made INACTIVE from the day; none, or one inactive already: nothing. */
	boolean deactivateAccount(UUID organisationId, UUID userId, LocalDate day) {
		return jdbc.sql("""
				update volunteer set status = 'INACTIVE', deactivated_on = :day, version = version + 1
				where app_user_id = :user and organisation_id = :organisation and status <> 'INACTIVE'""")
			.param("day", date(day)).param("user", userId).param("organisation", organisationId).update() > 0;
	}

	void reactivate(UUID organisationId, UUID id) {
		jdbc.sql("""
				update volunteer set status = 'ACTIVE', deactivated_on = null, version = version + 1
				where id = :id and organisation_id = :organisation and status = 'INACTIVE'""")
			.param("id", id).param("organisation", organisationId).update();
	}

	void link(UUID organisationId, UUID id, @Nullable UUID userId) {
		jdbc.sql("""
				update volunteer set app_user_id = :user, version = version + 1
				where id = :id and organisation_id = :organisation""")
			.param("user", userId).param("id", id).param("organisation", organisationId).update();
	}

	/** The record an account is linked to, in the organisation. */
	Optional<UUID> linkedTo(UUID organisationId, UUID userId) {
		return jdbc.sql("select id from volunteer where app_user_id = :user and organisation_id = :organisation")
			.param("user", userId).param("organisation", organisationId).query(UUID.class).optional();
	}

	/** The accounts of the organisation linked to a volunteer record. */
	Set<UUID> linkedAccounts(UUID organisationId) {
		return Set.copyOf(jdbc.sql("""
				select app_user_id from volunteer where organisation_id = :organisation and app_user_id is not null""")
			.param("organisation", organisationId).query(UUID.class).list());
	}

}
