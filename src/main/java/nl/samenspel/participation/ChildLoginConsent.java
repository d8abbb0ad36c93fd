package nl.samenspel.participation;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import nl.samenspel.children.ChildErased;
import nl.samenspel.children.ConsentPurpose;
import nl.samenspel.children.ConsentWithdrawn;

/**
 * A guardian withdrew the consent to the child's own login: the login is revoked (a second delivery finds none). A child
 * erased: the login is revoked too, and the CHILD accounts forget the child's first name.
 */
@Component
class ChildLoginConsent {

	private final ChildLogins logins;

	ChildLoginConsent(ChildLogins logins) {
		this.logins = logins;
	}

	@ApplicationModuleListener
	void on(ConsentWithdrawn event) {
		if (event.purpose() == ConsentPurpose.CHILD_LOGIN) {
			logins.consentWithdrawn(event.organisationId(), event.childId());
		}
	}

	@ApplicationModuleListener
	void on(ChildErased event) {
		logins.childErased(event.organisationId(), event.childId());
	}
}
