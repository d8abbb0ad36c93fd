package nl.samenspel.volunteers;

import java.util.UUID;

/**
 * Whether an organisation qualifies for the Regeling Gratis VOG (approved by CIBG): then it prepares each VOG request
 * with the screening profile and the volunteer completes it with DigiD at no cost. The recruitment pages ask it for
 * the note at the VOG step. Any other bean answers before {@link FreeVogSetting}, the default.
 */
public interface FreeVogScheme {

	boolean qualifies(UUID organisationId);
}
