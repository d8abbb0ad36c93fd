package nl.samenspel.volunteers;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A volunteer of the organisation. The VOG is recorded as seen (issue date, screening profile, who checked it and when,
 * the renewal date), never as a scan.
 */
public record Volunteer(UUID id, UUID organisationId, @Nullable UUID userId, String firstName, String lastName,
		@Nullable String email, @Nullable String phone, @Nullable String skills, @Nullable String languages,
		AgeBand ageBand, VolunteerStatus status, @Nullable LocalDate intakeOn, @Nullable LocalDate codeSignedOn,
		@Nullable String codeVersion, @Nullable LocalDate vogIssuedOn, @Nullable String vogProfile,
		@Nullable UUID vogCheckedBy, @Nullable LocalDate vogCheckedOn, @Nullable LocalDate vogRenewalDue,
		@Nullable LocalDate deactivatedOn, int version) {

	/** The screening profile used for work with children when none is given: functieaspect 84 (care for minors). */
	public static final String DEFAULT_PROFILE = "84";

	public String name() {
		return firstName + " " + lastName;
	}

	/** Whether the VOG counts on the day: issued on or before it, and the renewal not yet due. */
	public boolean vogValidOn(LocalDate day) {
		return vogIssuedOn != null && !vogIssuedOn.isAfter(day) && (vogRenewalDue == null || day.isBefore(vogRenewalDue));
	}

	/**
	 * What keeps the volunteer from working at a session with children on the day; empty when they may. The rule every
	 * assignment, sign-up and view of children's safety information passes.
	 */
	public Set<Missing> missingOn(LocalDate day) {
		var missing = EnumSet.noneOf(Missing.class);
		if (status != VolunteerStatus.ACTIVE || (deactivatedOn != null && !day.isBefore(deactivatedOn))) {
			missing.add(Missing.NOT_ACTIVE);
		}
		if (vogIssuedOn == null) {
			missing.add(Missing.NO_VOG);
		}
		else if (!vogValidOn(day)) {
			missing.add(Missing.VOG_NOT_VALID);
		}
		if (codeSignedOn == null || codeSignedOn.isAfter(day)) {
			missing.add(Missing.NO_CODE_OF_CONDUCT);
		}
		return missing;
	}

	/** Whether the volunteer may work at a session with children on the day. */
	public boolean clearedOn(LocalDate day) {
		return missingOn(day).isEmpty();
	}
}
