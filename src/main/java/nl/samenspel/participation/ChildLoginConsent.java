package nl.samenspel.participation;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import nl.samenspel.children.ChildErased;
import nl.samenspel.children.ConsentPurpose;
import nl.samenspel.children.ConsentWithdrawn;

/**
 * A guardian withdrew the consent to the child's own login: the login is revoked (a second delivery finds none). A child
 * erased: the login is revoked too, the CHILD accounts forget the child's first name, and {@link ErasedChildData} lets
 * go of the rest participation keeps about the child (avatar, photos, links, memberships); a second delivery changes
 * nothing.
 */
@Component
class ChildLoginConsent {

	private final ChildLogins logins;
	private final ErasedChildData erased;

	ChildLoginConsent(ChildLogins logins, ErasedChildData erased) {
		this.logins = logins;
		this.erased = erased;
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
		erased.forget(event.organisationId(), event.childId(), event.neighbourhoodId());
	}
}
