package nl.samenspel.network;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A referral as the referring organisation's staff see it: everything, opened, with the partner's reason if they declined. */
public record Referral(UUID id, UUID childId, String childName, NetworkOrganisation service, String reason,
		@Nullable String contact, @Nullable UUID consentGuardianId, @Nullable String consentGuardianName,
		@Nullable String noConsentReason, boolean warmHandover, @Nullable UUID intermediaryId, ReferralStatus status,
		@Nullable LocalDate followUpOn, UUID referredBy, Instant createdAt, List<StatusChange> history,
		@Nullable String declineReason) {

	public record StatusChange(ReferralStatus status, Instant at) {
	}
}
