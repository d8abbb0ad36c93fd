package nl.samenspel.signals;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.samenspel.IntegrationTest;
import nl.samenspel.activities.ActivityFixtures;
import nl.samenspel.children.ChildManagement;
import nl.samenspel.children.ChildPrivacy;
import nl.samenspel.kernel.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Closed cases are kept for the retention period and hold the child's record against erasure; after it the job removes
 * them. The follow-up reminder goes out once, to the safeguarding officers, without content.
 */
class CaseKeepingTests extends IntegrationTest {

	@Autowired
	ActivityFixtures programmeFixtures;

	@Autowired
	Signals signals;

	@Autowired
	Meldcode meldcode;

	@Autowired
	MeldcodeSteps steps;

	@Autowired
	MeldcodeDecisions decisions;

	@Autowired
	CaseKeeping keeping;

	@Autowired
	ChildManagement children;

	@Autowired
	ChildPrivacy privacy;

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

	@Test
	void aCaseHoldsTheChildUntilTheRetentionPeriodIsOverAndIsThenRemoved() {
		var world = programmeFixtures.world();
		var officer = fixtures.user(world.organisationId(), "af", Role.SAFEGUARDING_OFFICER);
		var child = programmeFixtures.child(world, "Otto", 9, true);
		var signal = signals.raise(world.worker(), new SignalRequest(child, TODAY, Category.OTHER, Worry.LOW, "Otto is stil.",
				null, null));
		assertThat(keeping.holds(child)).as("a signal outside a case holds too").isTrue();
		var caseId = meldcode.open(officer, signal);
		steps.consult(officer, caseId, new StepRequests.Consultation("Collega", "Besproken", false, null));
		steps.converse(officer, caseId, new StepRequests.Conversation(false, null, "Niet nodig"));
		steps.weigh(officer, caseId, new StepRequests.Answer(1, false, "Geen vermoeden"));
		assertThat(keeping.holds(child)).as("closed, but within twenty years").isTrue();

		jdbc.sql("update concern_case set closed_at = :long where id = :id")
			.param("long", Timestamp.from(Instant.now().minus(20 * 366, ChronoUnit.DAYS))).param("id", caseId).update();
		assertThat(keeping.holds(child)).isFalse();
		keeping.removeExpired();

		assertThat(jdbc.sql("select count(*) from concern_case where id = :id").param("id", caseId).query(Integer.class).single())
			.isZero();
		assertThat(jdbc.sql("select count(*) from case_entry where case_id = :id").param("id", caseId).query(Integer.class).single())
			.isZero();
		assertThat(jdbc.sql("select count(*) from signal where id = :id").param("id", signal).query(Integer.class).single())
			.isZero();
	}

	@Test
	void theFollowUpReminderGoesOutOnceWithoutContent() {
		var world = programmeFixtures.world();
		var officer = fixtures.user(world.organisationId(), "af", Role.SAFEGUARDING_OFFICER);
		var child = programmeFixtures.child(world, "Pim", 9, true);
		var signal = signals.raise(world.worker(), new SignalRequest(child, TODAY, Category.HEALTH, Worry.MEDIUM,
				"Pim-geheime-klacht", null, null));
		var caseId = meldcode.open(officer, signal);
		steps.consult(officer, caseId, new StepRequests.Consultation("Collega", "Besproken", false, null));
		steps.converse(officer, caseId, new StepRequests.Conversation(true, "Vader", "Gesprek"));
		steps.weigh(officer, caseId, new StepRequests.Answer(1, true, "Ja"));
		steps.weigh(officer, caseId, new StepRequests.Answer(2, false, "Nee"));
		steps.weigh(officer, caseId, new StepRequests.Answer(3, true, "Ja"));
		steps.weigh(officer, caseId, new StepRequests.Answer(4, true, "Ja"));
		steps.weigh(officer, caseId, new StepRequests.Answer(5, true, "Ja"));
		decisions.decide(officer, caseId, new StepRequests.Decision(false, true, "Hulp zonder melding"));
		decisions.agreeHelp(officer, caseId, new StepRequests.Help("Huisarts", TODAY));
		var address = officer.getUsername().replace("-", "") + "@test.samenspel.example";
		delivered();
		var before = mailsTo(address);

		keeping.remind();
		keeping.remind();

		var reminders = mailsTo(address) - before;
		assertThat(reminders).as("once, however often the job runs").isEqualTo(1);
		var bodies = java.util.Arrays.stream(MAIL.getReceivedMessages()).map(message -> {
			try {
				return message.getSubject() + message.getContent();
			}
			catch (Exception e) {
				return "";
			}
		}).toList().toString();
		assertThat(bodies).contains("/cases/" + caseId).doesNotContain("Pim-geheime-klacht").doesNotContain("Huisarts");
		assertThat(meldcode.due(officer)).extracting(CaseSummary::id).contains(caseId);
	}

	@Test
	void theOfficersHearOfANewSignalAfterItIsSavedAndNeverWhatItSays() throws Exception {
		var world = programmeFixtures.world();
		var officer = fixtures.user(world.organisationId(), "af", Role.SAFEGUARDING_OFFICER);
		var officerAddress = officer.getUsername().replace("-", "") + "@test.samenspel.example";
		var workerAddress = world.worker().getUsername().replace("-", "") + "@test.samenspel.example";
		var child = programmeFixtures.child(world, "Stijn", 9, true);

		var signal = signals.raise(world.worker(), new SignalRequest(child, TODAY, Category.HEALTH, Worry.MEDIUM,
				"Stijn-geheime-klacht", null, null));
		delivered();

		assertThat(mailsTo(officerAddress)).isEqualTo(1);
		assertThat(mailsTo(workerAddress)).as("only the officers").isZero();
		var mail = java.util.Arrays.stream(MAIL.getReceivedMessages()).filter(message -> {
			try {
				return message.getAllRecipients()[0].toString().equals(officerAddress);
			}
			catch (jakarta.mail.MessagingException e) {
				return false;
			}
		}).findFirst().orElseThrow();
		assertThat(mail.getSubject()).isEqualTo("Er is een nieuw signaal");
		assertThat(mail.getContent().toString()).contains("/signals").doesNotContain("Stijn").doesNotContain(signal.toString());
	}

	long mailsTo(String address) {
		return java.util.Arrays.stream(MAIL.getReceivedMessages()).filter(message -> {
			try {
				return message.getAllRecipients()[0].toString().equals(address);
			}
			catch (jakarta.mail.MessagingException e) {
				return false;
			}
		}).count();
	}

	@Test
	void anOpenCaseKeepsTheChildFromBeingErased() {
		var world = programmeFixtures.world();
		var officer = fixtures.user(world.organisationId(), "af", Role.SAFEGUARDING_OFFICER);
		var child = programmeFixtures.child(world, "Roos", 9, true);
		meldcode.open(officer, signals.raise(world.worker(), new SignalRequest(child, TODAY, Category.NEGLECT, Worry.HIGH,
				"Roos", null, null)));

		org.assertj.core.api.Assertions.assertThatThrownBy(() -> privacy.erase(world.coordinator(), child))
			.isInstanceOf(RuntimeException.class);
		assertThat(jdbc.sql("select status from child where id = :c").param("c", child).query(String.class).single())
			.isNotEqualTo("ERASED");
	}
}
