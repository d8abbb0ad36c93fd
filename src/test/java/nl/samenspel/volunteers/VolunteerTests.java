package nl.samenspel.volunteers;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The safety rule on the record itself: active, a VOG valid on the day and a code of conduct signed by then. */
class VolunteerTests {

	static final LocalDate DAY = LocalDate.of(2026, 6, 15);

	static Volunteer volunteer(VolunteerStatus status, @Nullable LocalDate vogIssuedOn, @Nullable LocalDate renewalDue,
			@Nullable LocalDate codeSignedOn, @Nullable LocalDate deactivatedOn) {
		return new Volunteer(UUID.randomUUID(), UUID.randomUUID(), null, "Vera", "Vrijwilliger", null, null, null, null,
				AgeBand.FROM_70, status, null, codeSignedOn, codeSignedOn == null ? null : "2026-1", vogIssuedOn,
				vogIssuedOn == null ? null : Volunteer.DEFAULT_PROFILE, null, vogIssuedOn, renewalDue, deactivatedOn, 0);
	}

	static Volunteer screened() {
		return volunteer(VolunteerStatus.ACTIVE, DAY.minusYears(1), DAY.plusYears(2), DAY.minusYears(1), null);
	}

	@Test
	void anActiveVolunteerWithAValidVogAndASignedCodeIsCleared() {
		assertThat(screened().missingOn(DAY)).isEmpty();
		assertThat(screened().clearedOn(DAY)).isTrue();
	}

	@Test
	void theVogLapsesOnTheRenewalDayItself() {
		var volunteer = volunteer(VolunteerStatus.ACTIVE, DAY.minusYears(3), DAY, DAY.minusYears(3), null);

		assertThat(volunteer.missingOn(DAY.minusDays(1))).isEmpty();
		assertThat(volunteer.missingOn(DAY)).containsExactly(Missing.VOG_NOT_VALID);
		assertThat(volunteer.missingOn(DAY.plusDays(1))).containsExactly(Missing.VOG_NOT_VALID);
	}

	@Test
	void aVogIssuedAfterTheDayIsNotValidOnIt() {
		var volunteer = volunteer(VolunteerStatus.ACTIVE, DAY.plusDays(1), DAY.plusYears(3), DAY.minusDays(10), null);

		assertThat(volunteer.missingOn(DAY)).containsExactly(Missing.VOG_NOT_VALID);
		assertThat(volunteer.missingOn(DAY.plusDays(1))).isEmpty();
	}

	@Test
	void withoutAVogTheVogIsMissingNotInvalid() {
		var volunteer = volunteer(VolunteerStatus.ACTIVE, null, null, DAY.minusDays(10), null);

		assertThat(volunteer.missingOn(DAY)).containsExactly(Missing.NO_VOG);
	}

	@Test
	void aCodeOfConductSignedLaterDoesNotCountYet() {
		var volunteer = volunteer(VolunteerStatus.ACTIVE, DAY.minusYears(1), DAY.plusYears(2), DAY.plusDays(1), null);

		assertThat(volunteer.missingOn(DAY)).containsExactly(Missing.NO_CODE_OF_CONDUCT);
		assertThat(volunteer.missingOn(DAY.plusDays(1))).isEmpty();
		assertThat(volunteer(VolunteerStatus.ACTIVE, DAY.minusYears(1), DAY.plusYears(2), null, null).missingOn(DAY))
			.containsExactly(Missing.NO_CODE_OF_CONDUCT);
	}

	@Test
	void anInactiveOrApplyingVolunteerIsNotActive() {
		var inactive = volunteer(VolunteerStatus.INACTIVE, DAY.minusYears(1), DAY.plusYears(2), DAY.minusYears(1),
				DAY.minusDays(3));
		var applicant = volunteer(VolunteerStatus.APPLICANT, DAY.minusYears(1), DAY.plusYears(2), DAY.minusYears(1), null);

		assertThat(inactive.missingOn(DAY)).containsExactly(Missing.NOT_ACTIVE);
		assertThat(applicant.missingOn(DAY)).containsExactly(Missing.NOT_ACTIVE);
	}

	@Test
	void aDeactivationDateCountsFromThatDay() {
		var leaving = volunteer(VolunteerStatus.ACTIVE, DAY.minusYears(1), DAY.plusYears(2), DAY.minusYears(1), DAY);

		assertThat(leaving.missingOn(DAY.minusDays(1))).isEmpty();
		assertThat(leaving.missingOn(DAY)).containsExactly(Missing.NOT_ACTIVE);
	}

	@Test
	void everythingMissingIsNamed() {
		var nothing = volunteer(VolunteerStatus.INACTIVE, null, null, null, DAY.minusDays(1));

		assertThat(nothing.missingOn(DAY)).containsExactlyInAnyOrder(Missing.NOT_ACTIVE, Missing.NO_VOG,
				Missing.NO_CODE_OF_CONDUCT);
		assertThat(Missing.NO_VOG.messageKey()).isEqualTo("volunteers.missing.NO_VOG");
	}

	@Test
	void thePolicyGivesTheRenewalDate() {
		var policy = new VolunteerPolicy(UUID.randomUUID(), 2, null, false, null);

		assertThat(policy.renewalDue(DAY)).isEqualTo(DAY.plusYears(2));
		assertThat(VolunteerPolicy.defaults(UUID.randomUUID()).renewalDue(DAY)).isEqualTo(DAY.plusYears(3));
		assertThat(ScreeningProfile.of("84")).isEqualTo(ScreeningProfile.ASPECT_84);
		assertThat(ScreeningProfile.of("Eigen profiel")).isEqualTo(ScreeningProfile.OTHER);
	}
}
