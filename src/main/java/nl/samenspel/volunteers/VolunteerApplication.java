package nl.samenspel.volunteers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import nl.samenspel.kernel.DutchTime;
import nl.samenspel.kernel.FieldRejected;

/**
 * An application made on the public form, with the volunteer record it created and the steps recorded so far. It
 * holds the rules of the steps: in their order, each dated on or after the one before and the application and never
 * in the future; VOG_RECEIVED and CODE_OF_CONDUCT are read from the record; activation only when every earlier step is
 * done and the safety rule ({@link Volunteer#missingOn}) misses nothing but the activation itself.
 */
public record VolunteerApplication(UUID id, UUID organisationId, Volunteer volunteer, String motivation,
		String availability, String language, Instant consentAt, Instant appliedAt, @Nullable ApplicationOutcome outcome,
		@Nullable String outcomeReason, @Nullable LocalDate outcomeOn, @Nullable UUID outcomeBy, List<StepRecord> steps) {

	/** A step recorded on the application: when it was done, notes, who recorded it. */
	public record StepRecord(ApplicationStep step, LocalDate doneOn, @Nullable String notes, UUID recordedBy) {
	}

	/** Where a step stands: done (with its date, notes and who, where known) or not, and whether it is next. */
	public record StepState(ApplicationStep step, boolean done, @Nullable LocalDate doneOn, @Nullable String notes,
			@Nullable UUID by, boolean next) {
	}

	public VolunteerApplication {
		steps = List.copyOf(steps);
	}

	public boolean open() {
		return outcome == null;
	}

	/** The day the application was made, in the Netherlands. */
	public LocalDate appliedOn() {
		return LocalDate.ofInstant(appliedAt, DutchTime.ZONE);
	}

	public Optional<StepRecord> recorded(ApplicationStep step) {
		return steps.stream().filter(it -> it.step() == step).findFirst();
	}

	public boolean done(ApplicationStep step) {
		return switch (step) {
			case VOG_RECEIVED -> volunteer.vogIssuedOn() != null;
			case CODE_OF_CONDUCT -> volunteer.codeSignedOn() != null;
			default -> recorded(step).isPresent();
		};
	}

	/** The first step not done, or empty when the application is closed or complete. */
	public Optional<ApplicationStep> nextStep() {
		if (!open()) {
			return Optional.empty();
		}
		return Arrays.stream(ApplicationStep.values()).filter(step -> !done(step)).findFirst();
	}

	/** Every step in order, as a checklist. */
	public List<StepState> progress() {
		var next = nextStep().orElse(null);
		var states = new ArrayList<StepState>();
		for (var step : ApplicationStep.values()) {
			var record = recorded(step).orElse(null);
			if (step == ApplicationStep.VOG_RECEIVED) {
				states.add(new StepState(step, done(step), volunteer.vogCheckedOn() != null ? volunteer.vogCheckedOn()
						: volunteer.vogIssuedOn(), null, volunteer.vogCheckedBy(), step == next));
			}
			else if (step == ApplicationStep.CODE_OF_CONDUCT) {
				states.add(new StepState(step, done(step), volunteer.codeSignedOn(), null, null, step == next));
			}
			else {
				states.add(new StepState(step, record != null, record == null ? null : record.doneOn(),
						record == null ? null : record.notes(), record == null ? null : record.recordedBy(), step == next));
			}
		}
		return states;
	}

	/**
	 * Checks that the step may be recorded on the day: the application open, a step recorded on the application
	 * (not one read from the record), not recorded yet, every earlier recorded step done, and the day on or after the
	 * application and the step before, and not after today.
	 */
	void checkRecord(ApplicationStep step, @Nullable LocalDate day, LocalDate today) {
		if (!open()) {
			throw new FieldRejected("step", "volunteers.recruitment.error.closed");
		}
		if (!step.recorded()) {
			throw new FieldRejected("step", "volunteers.recruitment.error.notRecorded");
		}
		if (done(step)) {
			throw new FieldRejected("step", "volunteers.recruitment.error.alreadyDone");
		}
		var earliest = appliedOn();
		for (var before : ApplicationStep.values()) {
			if (before == step) {
				break;
			}
			var record = recorded(before);
			if (record.isEmpty()) {
				throw new FieldRejected("step", "volunteers.recruitment.error.previousFirst",
						new DefaultMessageSourceResolvable(before.messageKey()));
			}
			if (record.get().doneOn().isAfter(earliest)) {
				earliest = record.get().doneOn();
			}
		}
		if (day == null) {
			throw new FieldRejected("doneOn", "volunteers.recruitment.error.dateRequired");
		}
		if (day.isAfter(today)) {
			throw new FieldRejected("doneOn", "volunteers.recruitment.error.future");
		}
		if (day.isBefore(earliest)) {
			throw new FieldRejected("doneOn", "volunteers.recruitment.error.beforePrevious", earliest);
		}
	}

	/**
	 * What keeps the applicant from being activated today, as message keys: the steps not yet recorded, then what the
	 * safety rule misses besides the activation itself (no VOG, a VOG not valid, no code of conduct). Empty: may be
	 * activated.
	 */
	public List<String> missingForActivation(LocalDate today) {
		var missing = new ArrayList<String>();
		for (var step : ApplicationStep.values()) {
			if (step.recorded() && !done(step)) {
				missing.add(step.messageKey());
			}
		}
		for (var gap : volunteer.missingOn(today)) {
			if (gap != Missing.NOT_ACTIVE) {
				missing.add("volunteers.recruitment.missing." + gap.name());
			}
		}
		return missing;
	}
}
