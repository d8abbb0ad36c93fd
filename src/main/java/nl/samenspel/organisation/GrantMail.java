package nl.samenspel.organisation;

import java.util.EnumSet;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import nl.samenspel.kernel.Role;

/**
 * Tells the organisation's ADMINs and SAFEGUARDING_OFFICERs, except the one who acted, that a need-to-know role was
 * requested or approved, or that the organisation's OpenID Connect provider was changed or its change approved: a link
 * to the user's or the provider's page, never who or which role. A mail that could not be delivered is
 * logged, not retried; the grant is on the user's page either way.
 */
@Component
class GrantMail {

	private final UserManagement users;
	private final Mailer mailer;
	private final String baseUrl;

	GrantMail(UserManagement users, Mailer mailer, @Value("${samenspel.base-url:http://localhost:8080}") String baseUrl) {
		this.users = users;
		this.mailer = mailer;
		this.baseUrl = baseUrl;
	}

	@ApplicationModuleListener
	void on(RoleGrantRequested event) {
		tell(event.organisationId(), event.requestedBy(), "mail.roleGrantRequested", "/users/" + event.userId());
	}

	@ApplicationModuleListener
	void on(RoleGrantApproved event) {
		tell(event.organisationId(), event.approvedBy(), "mail.roleGrantApproved", "/users/" + event.userId());
	}

	@ApplicationModuleListener
	void on(IdentityProviderChanged event) {
		tell(event.organisationId(), event.changedBy(), "mail.identityProviderChanged", "/organisation/identity-provider");
	}

	@ApplicationModuleListener
	void on(IdentityProviderApproved event) {
		tell(event.organisationId(), event.approvedBy(), "mail.identityProviderApproved", "/organisation/identity-provider");
	}

	private void tell(UUID organisationId, UUID actor, String key, String path) {
		var recipients = users.activeUsersWithAnyRole(organisationId, EnumSet.of(Role.ADMIN, Role.SAFEGUARDING_OFFICER));
		for (var recipient : recipients) {
			if (recipient.getId().equals(actor)) {
				continue;
			}
			mailer.sendOrLog(organisationId, recipient.getEmail(), recipient.getPreferredLanguage(), key,
					baseUrl + path);
		}
	}
}
