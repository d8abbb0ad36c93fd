package nl.samenspel.network;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import nl.samenspel.kernel.PlainText;

/**
 * A referral as typed: for which child, to which service, why (sealed), who consented (a guardian of the child) or
 * why there is no consent (for example a report under the Meldcode), whether there is a warm handover, the
 * contact the partner may use, and when to follow up. For a service whose sharing needs a consent in the child's
 * register (the wijkteam, the school), {@code recordConsent} says the guardian gives that consent now, and the
 * worker records it in the register with the referral.
 */
public record ReferralRequest(@NotNull @Nullable UUID childId, @NotNull @Nullable UUID serviceId,
		@NotBlank @Size(max = 4000) @PlainText(multiline = true) @Nullable String reason,
		@Nullable UUID consentGuardianId, @Size(max = 1000) @PlainText(multiline = true) @Nullable String noConsentReason,
		@Nullable Boolean warmHandover, @Size(max = 300) @PlainText @Nullable String contact,
		@Nullable LocalDate followUpOn, @Nullable Boolean recordConsent) {

	/** A referral that records no consent in the register. */
	public ReferralRequest(@Nullable UUID childId, @Nullable UUID serviceId, @Nullable String reason,
			@Nullable UUID consentGuardianId, @Nullable String noConsentReason, @Nullable Boolean warmHandover,
			@Nullable String contact, @Nullable LocalDate followUpOn) {
		this(childId, serviceId, reason, consentGuardianId, noConsentReason, warmHandover, contact, followUpOn, null);
	}
}
