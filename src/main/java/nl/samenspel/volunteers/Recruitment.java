package nl.samenspel.volunteers;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.DutchTime;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.NotFound;
import nl.samenspel.kernel.Role;
import nl.samenspel.organisation.OrganisationManagement;

/**
 * Recruitment: the public form's application (a volunteer record with status APPLICANT and the application, throttled
 * by {@link ApplicationThrottle}, announced by {@link VolunteerApplied}), and the coordinator taking it through its
 * steps ({@link VolunteerApplication} holds their rules) to activation, or closing it as rejected or withdrawn.
 */
@Service
@Transactional
public class Recruitment {

	/** The most open applications a list shows. */
	public static final int LIST_LIMIT = 200;

	private final RecruitmentStore store;
	private final VolunteerStore volunteers;
	private final ApplicationThrottle throttle;
	private final OrganisationManagement organisations;
	private final VolunteerPolicies policies;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Recruitment(RecruitmentStore store, VolunteerStore volunteers, ApplicationThrottle throttle,
			OrganisationManagement organisations, VolunteerPolicies policies, ApplicationEventPublisher events,
			Clock clock) {
		this.store = store;
		this.volunteers = volunteers;
		this.throttle = throttle;
		this.organisations = organisations;
		this.policies = policies;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Takes an application from the public form (its format already checked): the organisation must be active, the
	 * consent given, and the address and organisation within the throttle. Nothing is saved for a robot (the hidden
	 * field filled), and the caller answers it as if it were saved. Returns the application's id, or null for a robot.
	 */
	public @Nullable UUID apply(ApplicationForm form, String address, String language) {
		if (form.robot()) {
			return null;
		}
		if (form.organisation() == null || organisations.activeOrganisations().stream()
			.noneMatch(it -> it.getId().equals(form.organisation()))) {
			throw new FieldRejected("organisation", "volunteers.recruitment.error.organisation");
		}
		if (!Boolean.TRUE.equals(form.consent())) {
			throw new FieldRejected("consent", "volunteers.recruitment.error.consent");
		}
		if (!throttle.take(address, form.organisation())) {
			throw new ApplicationsThrottled();
		}
		var now = clock.instant();
		var volunteer = new Volunteer(UUID.randomUUID(), form.organisation(), null, form.firstName().strip(),
				form.lastName().strip(), form.email().strip(), blankToNull(form.phone()), blankToNull(form.skills()),
				blankToNull(form.languages()), form.ageBand(), VolunteerStatus.APPLICANT, null, null, null, null, null,
				null, null, null, null, 0);
		volunteers.insert(volunteer, now);
		var id = UUID.randomUUID();
		store.insert(id, volunteer, form.motivation().strip(), form.availability().strip(),
				"en".equals(language) ? "en" : "nl", now);
		events.publishEvent(new VolunteerApplied(form.organisation(), id));
		return id;
	}

	@Transactional(readOnly = true)
	public List<VolunteerApplication> open(CurrentUser user) {
		return store.open(coordinator(user), LIST_LIMIT);
	}

	@Transactional(readOnly = true)
	public int openCount(CurrentUser user) {
		return store.openCount(coordinator(user));
	}

	@Transactional(readOnly = true)
	public VolunteerApplication application(CurrentUser user, UUID id) {
		return store.find(coordinator(user), id).orElseThrow(NotFound::new);
	}

	/** Whether the user's organisation qualifies for the Regeling Gratis VOG (the note at the VOG step). */
	@Transactional(readOnly = true)
	public boolean freeVog(CurrentUser user) {
		return policies.policy(coordinator(user)).freeVog();
	}

	/** Records INTAKE, REFERENCES or VOG_REQUESTED, in their order, dated on the day (not in the future). */
	public void record(CurrentUser user, UUID id, ApplicationStep step, java.time.@Nullable LocalDate day,
			@Nullable String notes) {
		var application = application(user, id);
		application.checkRecord(step, day, DutchTime.today(clock));
		store.insertStep(id, step, day, blankToNull(notes), user.id(), clock.instant());
		if (step == ApplicationStep.INTAKE) {
			store.intake(application.organisationId(), application.volunteer().id(), day);
		}
	}

	/**
	 * Activates the applicant: only when every earlier step is done and the safety rule misses nothing but the
	 * activation; otherwise {@link ActivationRefused} names what is missing and nothing changes.
	 */
	public void activate(CurrentUser user, UUID id, @Nullable String notes) {
		var application = application(user, id);
		if (!application.open()) {
			throw new FieldRejected("step", "volunteers.recruitment.error.closed");
		}
		var today = DutchTime.today(clock);
		var missing = application.missingForActivation(today);
		if (!missing.isEmpty()) {
			throw new ActivationRefused(missing);
		}
		if (!store.close(application.organisationId(), id, ApplicationOutcome.ACTIVATED, null, today, user.id())
				|| !store.activate(application.organisationId(), application.volunteer().id())) {
			throw new FieldRejected("step", "volunteers.recruitment.error.closed");
		}
		store.insertStep(id, ApplicationStep.ACTIVATION, today, blankToNull(notes), user.id(), clock.instant());
	}

	/** Closes an open application as REJECTED or WITHDRAWN, with a reason; the applicant's record becomes INACTIVE. */
	public void close(CurrentUser user, UUID id, @Nullable ApplicationOutcome outcome, @Nullable String reason) {
		if (outcome == null || outcome == ApplicationOutcome.ACTIVATED) {
			throw new FieldRejected("outcome", "volunteers.recruitment.error.outcome");
		}
		var text = blankToNull(reason);
		if (text == null) {
			throw new FieldRejected("reason", "volunteers.recruitment.error.reason");
		}
		if (text.length() > 500) {
			throw new FieldRejected("reason", "volunteers.recruitment.error.reasonLong", 500);
		}
		var application = application(user, id);
		var today = DutchTime.today(clock);
		if (!store.close(application.organisationId(), id, outcome, text, today, user.id())) {
			throw new FieldRejected("step", "volunteers.recruitment.error.closed");
		}
		store.stop(application.organisationId(), application.volunteer().id(), today);
	}

	private static UUID coordinator(CurrentUser user) {
		if (!user.hasRole(Role.COORDINATOR)) {
			throw new NotFound();
		}
		return user.organisationId();
	}

	static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
