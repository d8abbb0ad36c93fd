package nl.samenspel.volunteers;

import java.util.EnumSet;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import nl.samenspel.kernel.Role;
import nl.samenspel.organisation.Mailer;
import nl.samenspel.organisation.OrganisationManagement;
import nl.samenspel.organisation.UserManagement;

/**
 * After an application committed ({@link VolunteerApplied}): the applicant gets a confirmation in the language of the
 * form, and the organisation's COORDINATORs a notice with the link to the application. A mail that could not be
 * delivered is logged, not retried, so a second delivery of the event mails nobody twice for it; the application
 * stands on the coordinators' list anyway.
 */
@Component
class RecruitmentMail {

	private final RecruitmentStore store;
	private final UserManagement users;
	private final OrganisationManagement organisations;
	private final Mailer mailer;
	private final String baseUrl;

	RecruitmentMail(RecruitmentStore store, UserManagement users, OrganisationManagement organisations, Mailer mailer,
			@Value("${samenspel.base-url:http://localhost:8080}") String baseUrl) {
		this.store = store;
		this.users = users;
		this.organisations = organisations;
		this.mailer = mailer;
		this.baseUrl = baseUrl;
	}

	@ApplicationModuleListener
	void on(VolunteerApplied event) {
		var application = store.find(event.organisationId(), event.applicationId()).orElse(null);
		if (application == null) {
			return;
		}
		var volunteer = application.volunteer();
		var organisation = organisations.organisation(event.organisationId()).getName();
		if (volunteer.email() != null) {
			mailer.sendOrLog(event.organisationId(), volunteer.email(), application.language(),
					"volunteers.recruitment.mail.applied", volunteer.firstName(), organisation);
		}
		for (var coordinator : users.activeUsersWithAnyRole(event.organisationId(), EnumSet.of(Role.COORDINATOR))) {
			mailer.sendOrLog(event.organisationId(), coordinator.getEmail(), coordinator.getPreferredLanguage(),
					"volunteers.recruitment.mail.new", volunteer.name(),
					baseUrl + "/volunteers/applications/" + application.id());
		}
	}
}
