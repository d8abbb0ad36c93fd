package nl.samenspel.volunteers;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.NotFound;

/**
 * Whose record a request is about: a VOLUNTEER's own (the record linked to their account, in their organisation), or
 * one of the organisation's volunteers for a coordinator; another organisation's is not found.
 */
@Component
class VolunteerRecords {

	private final VolunteerStore volunteers;

	VolunteerRecords(VolunteerStore volunteers) {
		this.volunteers = volunteers;
	}

	Optional<Volunteer> own(CurrentUser user) {
		return volunteers.ofUser(user.id()).filter(it -> it.organisationId().equals(user.organisationId()));
	}

	Volunteer ownOrNotFound(CurrentUser user) {
		return own(user).orElseThrow(NotFound::new);
	}

	Volunteer of(UUID organisationId, UUID volunteerId) {
		return volunteers.find(organisationId, volunteerId).orElseThrow(NotFound::new);
	}
}
