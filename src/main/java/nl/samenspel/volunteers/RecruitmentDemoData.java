package nl.samenspel.volunteers;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.kernel.DutchTime;
import nl.samenspel.organisation.DemoMode;
import nl.samenspel.organisation.UserManagement;

/**
 * One open application in the first demo organisation, so the coordinator's applications list has something to take
 * through its steps: Fatima applied three days ago on the public form, the intake was yesterday. Written through the
 * stores, not the public form, so the demo mails nobody. Once.
 */
@Component
@Order(82)
class RecruitmentDemoData implements ApplicationRunner {

	private final DemoMode demo;
	private final UserManagement users;
	private final VolunteerStore volunteers;
	private final RecruitmentStore applications;
	private final Clock clock;

	RecruitmentDemoData(DemoMode demo, UserManagement users, VolunteerStore volunteers, RecruitmentStore applications,
			Clock clock) {
		this.demo = demo;
		this.users = users;
		this.volunteers = volunteers;
		this.applications = applications;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments arguments) {
		if (!demo.enabled()) {
			return;
		}
		var organisation = demo.firstOrganisation();
		var coordinator = users.userId(organisation, "coordinator").orElse(null);
		if (coordinator == null || volunteers.all(organisation).stream()
			.anyMatch(it -> it.status() == VolunteerStatus.APPLICANT)) {
			return;
		}
		var today = DutchTime.today(clock);
		var applied = clock.instant().minus(3, ChronoUnit.DAYS);
		var fatima = new Volunteer(UUID.randomUUID(), organisation, null, "Fatima", "Yilmaz", "fatima@example.org",
				"06 98765432", "Koken, Turks en Nederlands voorlezen", "Nederlands, Turks", AgeBand.FROM_55_TO_69,
				VolunteerStatus.APPLICANT, today.minusDays(1), null, null, null, null, null, null, null, null, 0);
		volunteers.insert(fatima, applied);
		var id = UUID.randomUUID();
		applications.insert(id, fatima, "Ik wil graag iets doen voor de kinderen in mijn buurt.",
				"Woensdagmiddag en vrijdagmiddag", "nl", applied);
		applications.insertStep(id, ApplicationStep.INTAKE, today.minusDays(1), "Fijn gesprek, komt graag koken.",
				coordinator, clock.instant());
	}
}
