package nl.samenspel.children;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.samenspel.kernel.FieldRejected;

/**
 * The rules of a child's consents and assent, over the collections the {@link Child} aggregate keeps: a new consent
 * for a purpose replaces the one in force (which is withdrawn, never deleted, so the history stays), a withdrawal
 * happens once, the child's newest say counts. They change with the AVG's rules on consent, not with who the child
 * is, so they live apart from the record; only {@link Child} makes one.
 */
final class ConsentRegister {

	private final Set<Consent> consents;
	private final Set<Assent> assents;

	ConsentRegister(Set<Consent> consents, Set<Assent> assents) {
		this.consents = consents;
		this.assents = assents;
	}

	Consent give(ConsentRequest request, int textVersion, Instant at, @Nullable UUID recordedBy) {
		current(request.purpose()).ifPresent(existing -> existing.withdraw(at, recordedBy));
		var consent = new Consent(request.guardianId(), request.purpose(), request.method(), textVersion, at, recordedBy);
		consents.add(consent);
		return consent;
	}

	/** The consent, when this withdrew it; nothing when it was withdrawn already. */
	Optional<Consent> withdraw(UUID consentId, Instant at, @Nullable UUID by) {
		var consent = consents.stream().filter(it -> it.getId().equals(consentId)).findFirst()
			.orElseThrow(() -> new FieldRejected("consentId", "consent.error.unknown"));
		if (!consent.isActive()) {
			return Optional.empty();
		}
		consent.withdraw(at, by);
		return Optional.of(consent);
	}

	void recordAssent(AssentRequest request, Instant at, @Nullable UUID by) {
		var words = request.words() == null || request.words().isBlank() ? null : request.words().strip();
		assents.add(new Assent(UUID.randomUUID(), request.purpose(), request.agrees(), words, at, by));
	}

	/** The consent in force for a purpose: the newest one not withdrawn. */
	Optional<Consent> current(ConsentPurpose purpose) {
		return consents.stream().filter(consent -> consent.getPurpose() == purpose && consent.isActive())
			.max(Comparator.comparing(Consent::getGivenAt));
	}

	/** The child's newest say about a purpose. */
	Optional<Assent> currentAssent(ConsentPurpose purpose) {
		return assents.stream().filter(assent -> assent.purpose() == purpose)
			.max(Comparator.comparing(Assent::recordedAt));
	}

	/** Every consent ever given, newest first: the history a parent and an auditor can follow. */
	List<Consent> history() {
		var history = new ArrayList<>(consents);
		history.sort(Comparator.comparing(Consent::getGivenAt).reversed());
		return history;
	}
}
