package nl.samenspel.network;

import java.util.UUID;

/** The partner a referral was sent to moved it on (accepted, declined, followed up). Ids and the status only. */
public record ReferralAnswered(UUID organisationId, UUID referralId, ReferralStatus status) {
}
