package nl.samenspel.activities.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.samenspel.activities.Programme;
import nl.samenspel.organisation.OrganisationManagement;
import nl.samenspel.organisation.UserManagement;
import nl.samenspel.ui.Option;

/** The pick lists and names the programme's pages share: locations and the staff who can work at a session. */
final class Choices {

	private Choices() {
	}

	/** The organisation's active locations, and the chosen one even when it is no longer active. */
	static List<Option> locations(OrganisationManagement organisations, UUID organisationId, @Nullable UUID selected) {
		return organisations.allLocations(organisationId).stream()
			.filter(location -> location.isActive() || location.getId().equals(selected))
			.map(location -> new Option(location.getId().toString(), location.getName(), location.getId().equals(selected)))
			.toList();
	}

	static Map<UUID, String> locationNames(OrganisationManagement organisations, UUID organisationId) {
		var names = new HashMap<UUID, String>();
		organisations.allLocations(organisationId).forEach(location -> names.put(location.getId(), location.getName()));
		return names;
	}

	/** The active COORDINATOR and WORKER users (volunteers are assigned on their planning), with those chosen ticked. */
	static List<Option> staff(UserManagement users, UUID organisationId, List<UUID> selected) {
		return users.activeUsersWithAnyRole(organisationId, Programme.SESSION_STAFF).stream()
			.map(user -> new Option(user.getId().toString(), user.getDisplayName(), selected.contains(user.getId())))
			.toList();
	}
}
