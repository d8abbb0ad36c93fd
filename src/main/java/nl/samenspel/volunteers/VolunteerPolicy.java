package nl.samenspel.volunteers;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The organisation's volunteer policy: how many years a VOG counts before it is renewed (DOMAIN.md §2: no legal
 * expiry, common practice three years), the version of the code of conduct volunteers sign now, whether the
 * organisation qualifies for the Regeling Gratis VOG, and the confidential contact person volunteers can turn to.
 */
public record VolunteerPolicy(UUID organisationId, int renewalYears, @Nullable String codeVersion, boolean freeVog,
		@Nullable String confidentialContact) {

	public static final int DEFAULT_RENEWAL_YEARS = 3;

	public static final int MIN_RENEWAL_YEARS = 1;

	public static final int MAX_RENEWAL_YEARS = 10;

	/** The policy of an organisation that set none. */
	public static VolunteerPolicy defaults(UUID organisationId) {
		return new VolunteerPolicy(organisationId, DEFAULT_RENEWAL_YEARS, null, false, null);
	}

	/** When a VOG issued on the day is due for renewal under this policy. */
	public LocalDate renewalDue(LocalDate issuedOn) {
		return issuedOn.plusYears(renewalYears);
	}

	public VolunteerPolicyDetails details() {
		return new VolunteerPolicyDetails(renewalYears, codeVersion, freeVog, confidentialContact);
	}
}
