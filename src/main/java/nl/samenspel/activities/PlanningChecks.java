package nl.samenspel.activities;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.organisation.OrganisationManagement;
import nl.samenspel.organisation.UserManagement;

/**
 * What an activity and a single session both need: an active location of the organisation, and staff who may be put
 * on a session ({@link Programme#SESSION_STAFF}, active, of the organisation). A volunteer is refused with a message
 * that points to the volunteers' planning, where assignments check the VOG and the code of conduct.
 */
@Component
class PlanningChecks {

	private final OrganisationManagement organisations;
	private final UserManagement users;

	PlanningChecks(OrganisationManagement organisations, UserManagement users) {
		this.organisations = organisations;
		this.users = users;
	}

	void checkLocation(UUID organisationId, @Nullable UUID locationId) {
		var location = locationId == null ? null
				: organisations.allLocations(organisationId).stream()
					.filter(it -> it.getId().equals(locationId)).findFirst().orElse(null);
		if (location == null || !location.isActive()) {
			throw new FieldRejected("locationId", "activity.error.location");
		}
	}

	void checkStaff(UUID organisationId, List<UUID> staff, String field) {
		if (staff.isEmpty()) {
			return;
		}
		var allowed = users.activeUsersWithAnyRole(organisationId, Programme.SESSION_STAFF).stream().map(it -> it.getId())
			.toList();
		if (allowed.containsAll(staff)) {
			return;
		}
		var volunteers = users.activeUsersWithAnyRole(organisationId, java.util.EnumSet.of(nl.samenspel.kernel.Role.VOLUNTEER))
			.stream().map(it -> it.getId()).toList();
		if (staff.stream().anyMatch(it -> !allowed.contains(it) && volunteers.contains(it))) {
			// a volunteer works at a session through the volunteers module's planning, which checks their screening
			throw new FieldRejected(field, "activity.error.volunteerStaff");
		}
		throw new FieldRejected(field, "activity.error.staff");
	}
}
