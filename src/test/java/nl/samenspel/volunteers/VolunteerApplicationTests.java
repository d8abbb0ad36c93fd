package nl.samenspel.volunteers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.samenspel.kernel.DutchTime;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.volunteers.VolunteerApplication.StepRecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of an application's steps, without a database. */
class VolunteerApplicationTests {

	static final LocalDate APPLIED = LocalDate.of(2026, 3, 2);
	static final LocalDate TODAY = LocalDate.of(2026, 4, 1);
	static final UUID COORDINATOR = UUID.randomUUID();

	static Volunteer applicant(LocalDate vogIssued, LocalDate renewal, LocalDate codeSigned) {
		return new Volunteer(UUID.randomUUID(), UUID.randomUUID(), null, "Ans", "Aanmelder", "ans@example.org", null, null,
				null, AgeBand.FROM_70, VolunteerStatus.APPLICANT, null, codeSigned, codeSigned == null ? null : "1",
				vogIssued, vogIssued == null ? null : "84", null, null, renewal, null, 0);
	}

	static VolunteerApplication application(Volunteer volunteer, ApplicationStep... done) {
		var steps = new ArrayList<StepRecord>();
		for (var step : done) {
			steps.add(new StepRecord(step, APPLIED.plusDays(steps.size() + 1), null, COORDINATOR));
		}
		return new VolunteerApplication(UUID.randomUUID(), volunteer.organisationId(), volunteer, "Motivatie", "Woensdag",
				"nl", at(APPLIED), at(APPLIED), null, null, null, null, steps);
	}

	static Instant at(LocalDate day) {
		return day.atTime(10, 0).atZone(DutchTime.ZONE).toInstant();
	}

	static String key(Runnable action) {
		try {
			action.run();
			return "accepted";
		}
		catch (FieldRejected rejected) {
			return rejected.field() + ":" + rejected.messageKey();
		}
	}

	@Test
	void stepsAreRecordedInOrderOnDaysNotInTheFutureNorBeforeTheStepBefore() {
		var fresh = application(applicant(null, null, null));
		assertThat(fresh.nextStep()).contains(ApplicationStep.INTAKE);
		assertThat(key(() -> fresh.checkRecord(ApplicationStep.REFERENCES, TODAY, TODAY)))
			.isEqualTo("step:volunteers.recruitment.error.previousFirst");
		assertThat(key(() -> fresh.checkRecord(ApplicationStep.INTAKE, TODAY.plusDays(1), TODAY)))
			.isEqualTo("doneOn:volunteers.recruitment.error.future");
		assertThat(key(() -> fresh.checkRecord(ApplicationStep.INTAKE, APPLIED.minusDays(1), TODAY)))
			.isEqualTo("doneOn:volunteers.recruitment.error.beforePrevious");
		assertThat(key(() -> fresh.checkRecord(ApplicationStep.INTAKE, null, TODAY)))
			.isEqualTo("doneOn:volunteers.recruitment.error.dateRequired");
		assertThat(key(() -> fresh.checkRecord(ApplicationStep.INTAKE, APPLIED, TODAY))).isEqualTo("accepted");
		assertThat(key(() -> fresh.checkRecord(ApplicationStep.VOG_RECEIVED, TODAY, TODAY)))
			.isEqualTo("step:volunteers.recruitment.error.notRecorded");

		var interviewed = application(applicant(null, null, null), ApplicationStep.INTAKE);
		var intake = interviewed.recorded(ApplicationStep.INTAKE).orElseThrow().doneOn();
		assertThat(key(() -> interviewed.checkRecord(ApplicationStep.INTAKE, TODAY, TODAY)))
			.isEqualTo("step:volunteers.recruitment.error.alreadyDone");
		assertThat(key(() -> interviewed.checkRecord(ApplicationStep.REFERENCES, intake.minusDays(1), TODAY)))
			.isEqualTo("doneOn:volunteers.recruitment.error.beforePrevious");
		assertThat(key(() -> interviewed.checkRecord(ApplicationStep.REFERENCES, intake, TODAY))).isEqualTo("accepted");
	}

	@Test
	void activationNamesTheStepsAndWhatTheSafetyRuleMisses() {
		var none = application(applicant(null, null, null));
		assertThat(none.missingForActivation(TODAY)).containsExactly("volunteers.recruitment.step.INTAKE",
				"volunteers.recruitment.step.REFERENCES", "volunteers.recruitment.step.VOG_REQUESTED",
				"volunteers.recruitment.missing.NO_VOG", "volunteers.recruitment.missing.NO_CODE_OF_CONDUCT");

		var steps = new ApplicationStep[] { ApplicationStep.INTAKE, ApplicationStep.REFERENCES, ApplicationStep.VOG_REQUESTED };
		var expired = application(applicant(TODAY.minusYears(4), TODAY.minusYears(1), TODAY.minusYears(4)), steps);
		assertThat(expired.missingForActivation(TODAY)).containsExactly("volunteers.recruitment.missing.VOG_NOT_VALID");

		var ready = application(applicant(TODAY.minusDays(5), TODAY.plusYears(3), TODAY.minusDays(1)), steps);
		assertThat(ready.missingForActivation(TODAY)).isEmpty();
		assertThat(ready.nextStep()).contains(ApplicationStep.ACTIVATION);
		assertThat(ready.progress()).extracting(VolunteerApplication.StepState::done)
			.containsExactly(true, true, true, true, true, false);
	}

	@Test
	void aClosedApplicationHasNoNextStepAndTakesNone() {
		var open = application(applicant(null, null, null));
		var closed = new VolunteerApplication(open.id(), open.organisationId(), open.volunteer(), "m", "a", "nl",
				open.consentAt(), open.appliedAt(), ApplicationOutcome.WITHDRAWN, "Verhuisd", TODAY, COORDINATOR, List.of());
		assertThat(closed.nextStep()).isEmpty();
		assertThat(key(() -> closed.checkRecord(ApplicationStep.INTAKE, TODAY, TODAY)))
			.isEqualTo("step:volunteers.recruitment.error.closed");
	}
}
