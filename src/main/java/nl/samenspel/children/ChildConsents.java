package nl.samenspel.children;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.NotFound;

/**
 * What the guardians allowed for a child and what the child said: consents with their history, against the consent
 * text in force, and the child's own assent. Publishes {@link ConsentWithdrawn} when a consent is withdrawn.
 */
@Service
@Transactional
public class ChildConsents {

	private final ChildRecords records;
	private final ConsentTexts texts;
	private final ApplicationEventPublisher events;

	ChildConsents(ChildRecords records, ConsentTexts texts, ApplicationEventPublisher events) {
		this.records = records;
		this.texts = texts;
		this.events = events;
	}

	/** The text in force; writes the standard text as version 1 the first time, so not a read-only transaction. */
	public ConsentTexts.ConsentText consentText(UUID organisationId, ConsentPurpose purpose) {
		return texts.current(organisationId, purpose);
	}

	/**
	 * Records a consent. Staff record it for any of the child's guardians (on paper or spoken); a PARENT gives it
	 * in the portal, as themselves.
	 */
	public Consent giveConsent(CurrentUser user, UUID childId, ConsentRequest request) {
		var child = records.changeable(user, childId);
		var effective = request;
		if (!ChildRecords.isEditor(user)) {
			var guardian = records.guardianOf(user).orElseThrow(NotFound::new);
			effective = new ConsentRequest(guardian.getId(), request.purpose(), ConsentMethod.PORTAL);
		}
		var text = texts.current(user.organisationId(), effective.purpose());
		var consent = child.giveConsent(effective, text.version(), records.now(), user.id());
		records.save(child, "consent");
		return consent;
	}

	/**
	 * Withdraws a consent; the record stays, with when and by whom. What relied on it reacts to the
	 * {@link ConsentWithdrawn} published here (in this module: the child's photo, see {@link ChildPhotos}).
	 */
	public void withdrawConsent(CurrentUser user, UUID childId, UUID consentId) {
		var child = records.changeable(user, childId);
		var now = records.now();
		var withdrawn = child.withdrawConsent(consentId, now, user.id());
		records.save(child, "consent");
		withdrawn.ifPresent(consent -> events.publishEvent(new ConsentWithdrawn(child.getOrganisationId(), child.getId(),
				consent.getPurpose(), LocalDate.ofInstant(now, ChildDetailsRules.ZONE))));
	}

	public void recordAssent(CurrentUser user, UUID childId, AssentRequest request) {
		ChildRecords.requireAny(user, ChildRecords.EDITORS);
		var child = records.editable(user, childId);
		child.recordAssent(request, records.now(), user.id());
		records.save(child, "assent");
	}
}
