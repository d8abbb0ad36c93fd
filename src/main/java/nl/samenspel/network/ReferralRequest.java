package nl.samenspel.network;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import nl.samenspel.ui.PlainText;

/**
 * A referral as typed: for which child, to which service, why (sealed), who consented (a guardian of the child) or
 * why there is no consent (for example a report under the Meldcode), whether there is a warm handover, the
 * contact the partner may use, and when to follow up.
 */
public record ReferralRequest(@NotNull @Nullable UUID childId, @NotNull @Nullable UUID serviceId,
		@NotBlank @Size(max = 4000) @PlainText(multiline = true) @Nullable String reason,
		@Nullable UUID consentGuardianId, @Size(max = 1000) @PlainText(multiline = true) @Nullable String noConsentReason,
		@Nullable Boolean warmHandover, @Size(max = 300) @PlainText @Nullable String contact,
		@Nullable LocalDate followUpOn) {
}
