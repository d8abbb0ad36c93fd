package nl.samenspel.network;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A referral as the PARTNER it is addressed to sees it: the child's first name and age, the reason and the contact,
 * its status and when it was sent, who referred (the staff member and their organisation; {@code intermediary} when
 * the referral went through them as the service's registered intermediary) and, once declined, the partner's own
 * reason. Nothing else about the child or the family.
 */
public record PartnerReferral(UUID id, String childFirstName, int childAge, String reason, @Nullable String contact,
		ReferralStatus status, boolean warmHandover, Instant sentAt, String referredBy, String referringOrganisation,
		boolean intermediary, @Nullable String declineReason) {
}
