package nl.samenspel.network;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A referral as the PARTNER it is addressed to sees it: the child's first name and age, the reason and the contact,
 * its status and when it was sent. Nothing else about the child or the family.
 */
public record PartnerReferral(UUID id, String childFirstName, int childAge, String reason, @Nullable String contact,
		ReferralStatus status, boolean warmHandover, Instant sentAt) {
}
