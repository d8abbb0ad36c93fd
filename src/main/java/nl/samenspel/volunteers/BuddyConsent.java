package nl.samenspel.volunteers;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import nl.samenspel.children.ConsentPurpose;
import nl.samenspel.children.ConsentWithdrawn;

/**
 * A guardian withdrew the consent BUDDY: the child's running buddy pairs end that day with CONSENT_WITHDRAWN (a second
 * delivery finds them ended and does nothing).
 */
@Component
class BuddyConsent {

	private final BuddyPairs pairs;

	BuddyConsent(BuddyPairs pairs) {
		this.pairs = pairs;
	}

	@ApplicationModuleListener
	void on(ConsentWithdrawn event) {
		if (event.purpose() == ConsentPurpose.BUDDY) {
			pairs.consentWithdrawn(event.organisationId(), event.childId(), event.date());
		}
	}
}
