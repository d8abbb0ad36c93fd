package nl.samenspel.children;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A guardian withdrew a consent for a child: from this day on, nothing may rely on it for that purpose (a photo on
 * the website, a place in a programme that needs registration). Ids and the purpose only, never a name.
 */
public record ConsentWithdrawn(UUID organisationId, UUID childId, ConsentPurpose purpose, LocalDate date) {
}
