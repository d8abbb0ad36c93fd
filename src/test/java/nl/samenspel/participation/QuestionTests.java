package nl.samenspel.participation;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.DispatcherServlet;

import nl.samenspel.IntegrationTest;
import nl.samenspel.activities.ActivityFixtures;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Role;
import nl.samenspel.kernel.SealedColumn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Children's questions: a question that reads like a child in danger alerts the safeguarding officer (a mail with a
 * link, never the text) and shows the child the help at once; an ordinary one does neither. The text is sealed at
 * rest, kept out of mail and log, opened only for staff of the organisation (logged), and an unanswered question is
 * overdue after the target time.
 */
@ExtendWith(OutputCaptureExtension.class)
class QuestionTests extends IntegrationTest {

	@Autowired
	ActivityFixtures programme;

	@Autowired
	QuestionMail mail;

	@Autowired
	List<SealedColumn> sealed;

	record Staff(ActivityFixtures.World world, CurrentUser officer) {
	}

	Staff staff() {
		var world = programme.world();
		return new Staff(world, fixtures.user(world.organisationId(), "af", Role.SAFEGUARDING_OFFICER));
	}

	String email(CurrentUser user) {
		return jdbc.sql("select email from app_user where id = :id").param("id", user.id()).query(String.class).single();
	}

	static List<String> mailsTo(String address) {
		return Arrays.stream(MAIL.getReceivedMessages()).filter(message -> to(message).equals(address)).map(message -> {
			try {
				return message.getSubject() + "\n" + message.getContent();
			}
			catch (Exception unreadable) {
				throw new IllegalStateException(unreadable);
			}
		}).toList();
	}

	static String to(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (Exception none) {
			return "";
		}
	}

	UUID ask(CurrentUser user, UUID child, String text) throws Exception {
		var result = mvc.perform(post("/participation/questions").param("childId", child == null ? "" : child.toString())
			.param("text", text).with(as(user)).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn();
		return jdbc.sql("select id from participation_question where organisation_id = :o order by asked_at desc limit 1")
			.param("o", user.organisationId()).query(UUID.class).single();
	}

	@Test
	void aQuestionThatReadsLikeDangerAlertsTheOfficerAndShowsTheHelp() throws Exception {
		var staff = staff();
		var child = programme.child(staff.world(), "Noor", 9, true);

		mvc.perform(post("/participation/questions").param("childId", child.toString())
			.param("text", "Mijn stiefvader slaat mij en ik durf niet naar huis").with(as(staff.world().worker())).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("questionHelp", true));
		var id = jdbc.sql("select id from participation_question where child_id = :c").param("c", child).query(UUID.class).single();
		var after = mvc.perform(get("/participation/questions/new").requestAttr(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, Map.of("questionHelp", true, "questionSaved", true))
			.with(as(staff.world().worker()))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(after).as("the child sees the help at once").contains("0800-0432", "0800-2000", "112", "Kindertelefoon",
				"Veilig Thuis");
		delivered();

		var officerMail = mailsTo(email(staff.officer()));
		assertThat(officerMail).hasSize(1);
		assertThat(officerMail.get(0)).contains("/participation/questions/" + id).doesNotContain("stiefvader")
			.doesNotContain("slaat").doesNotContain("Noor");
		assertThat(mailsTo(email(staff.world().coordinator()))).as("only the officer is alerted").isEmpty();
		assertThat(jdbc.sql("select urgent from participation_question where id = :id").param("id", id).query(Boolean.class)
			.single()).isTrue();

		ask(staff.world().worker(), null, "Waarom is de lucht blauw?");
		var list = mvc.perform(get("/participation/questions").with(as(staff.officer()))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(list.indexOf("/participation/questions/" + id)).as("the urgent question is on top").isPositive()
			.isLessThan(list.indexOf("Anoniem"));
		var page = mvc.perform(get("/participation/questions/" + id).with(as(staff.officer()))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Mijn stiefvader slaat mij").contains("/signals/new?childId=" + child).contains("0800-0432");
	}

	@Test
	void anOrdinaryQuestionRaisesNoAlert() throws Exception {
		var staff = staff();
		for (var text : List.of("waarom is de lucht blauw?", "ik heb pijn in mijn buik van het lachen")) {
			mvc.perform(post("/participation/questions").param("anonymous", "true").param("text", text)
				.with(as(staff.world().worker())).with(csrf()))
				.andExpect(status().is3xxRedirection())
				.andExpect(flash().attribute("questionHelp", false));
		}
		var page = mvc.perform(get("/participation/questions/new").requestAttr(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, Map.of("questionHelp", false, "questionSaved", true))
			.with(as(staff.world().worker()))).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("De vraag is opgeslagen").doesNotContain("0800-0432");
		delivered();
		assertThat(mailsTo(email(staff.officer()))).isEmpty();
		assertThat(jdbc.sql("select count(*) from participation_question where organisation_id = :o and not urgent and child_id is null")
			.param("o", staff.world().organisationId()).query(Integer.class).single()).isEqualTo(2);
	}

	@Test
	void theTextIsSealedAtRestAndNeverInMailOrLog(CapturedOutput output) throws Exception {
		var staff = staff();
		var secret = "Oom-Kees-misbruik-geheim zit aan mijn lichaam";
		var response = mvc.perform(post("/api/v1/questions").contentType(MediaType.APPLICATION_JSON)
			.content("{\"anonymous\":true,\"text\":\"" + secret + "\"}").with(as(staff.world().worker())).with(csrf()))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		assertThat(response).contains("\"urgent\":true").doesNotContain("Oom-Kees");
		var id = UUID.fromString(response.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1"));
		mvc.perform(put("/api/v1/questions/" + id + "/answer").contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"Antwoord-geheim: we praten met je.\"}").with(as(staff.officer())).with(csrf()))
			.andExpect(status().isOk());
		delivered();

		var raw = jdbc.sql("select question_text || ' ' || answer_text from participation_question where id = :id")
			.param("id", id).query(String.class).single();
		assertThat(raw).startsWith("v1:").doesNotContain("Oom-Kees").doesNotContain("Antwoord-geheim");
		assertThat(String.join("\n", mailsTo(email(staff.officer())))).contains(id.toString()).doesNotContain("Oom-Kees");
		assertThat(output.getAll()).doesNotContain("Oom-Kees").doesNotContain("Antwoord-geheim");

		var opened = mvc.perform(get("/api/v1/questions/" + id).with(as(staff.officer()))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(opened).contains(secret).contains("Antwoord-geheim");
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'READ' and object_type = 'question' and object_id = :id")
			.param("id", id.toString()).query(Integer.class).single()).as("reading the text is logged").isGreaterThanOrEqualTo(2);
		assertThat(sealed).contains(new SealedColumn("participation_question", "id", "question_text"),
				new SealedColumn("participation_question", "id", "answer_text"));
	}

	@Test
	void anUnansweredQuestionIsOverdueAfterSevenDaysAndTheCoordinatorsAreMailedOnce() throws Exception {
		var staff = staff();
		var old = ask(staff.world().worker(), null, "Hoe oud is de zon?");
		var fresh = ask(staff.world().worker(), null, "Hoe hoog is de toren?");
		jdbc.sql("update participation_question set asked_at = asked_at - interval '8' day where id = :id").param("id", old).update();

		var list = mvc.perform(get("/api/v1/questions").with(as(staff.world().coordinator()))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(list).contains("{\"id\":\"" + old + "\",\"urgent\":false,\"overdue\":true")
			.contains("{\"id\":\"" + fresh + "\",\"urgent\":false,\"overdue\":false");
		var page = mvc.perform(get("/participation/questions").with(as(staff.world().worker()))).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("Te laat");

		assertThat(mail.remindOverdue()).isPositive();
		mail.remindOverdue();
		var coordinator = mailsTo(email(staff.world().coordinator()));
		assertThat(coordinator).as("once a day, however often the job runs").hasSize(1);
		assertThat(coordinator.get(0)).contains("1 vraag").contains("/participation/questions").doesNotContain("zon");
	}

	@Test
	void anotherOrganisationsQuestionIsNotFound() throws Exception {
		var mine = staff();
		var theirs = staff();
		var id = ask(theirs.world().worker(), null, "Waarom regent het?");

		mvc.perform(get("/participation/questions/" + id).with(as(mine.officer()))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/questions/" + id).with(as(mine.world().worker()))).andExpect(status().isNotFound());
		mvc.perform(put("/api/v1/questions/" + id + "/answer").contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"Nee\"}").with(as(mine.world().worker())).with(csrf())).andExpect(status().isNotFound());
		assertThat(jdbc.sql("select answer_text from participation_question where id = :id").param("id", id)
			.query(String.class).optional()).isEmpty();
		var child = programme.child(theirs.world(), "Sem", 8, true);
		var form = mvc.perform(post("/participation/questions").param("childId", child.toString()).param("text", "Hoi")
			.with(as(mine.world().worker())).with(csrf())).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(form).contains("Kies een kind van je organisatie");
	}

	@Test
	void badInputIsAProblemAndChangesNothing() throws Exception {
		var staff = staff();
		for (var body : List.of("{\"text\":\"\"}", "{\"text\":\"" + "a".repeat(1001) + "\"}", "{}")) {
			mvc.perform(post("/api/v1/questions").contentType(MediaType.APPLICATION_JSON).content(body)
				.with(as(staff.world().worker())).with(csrf()))
				.andExpect(status().isBadRequest());
		}
		mvc.perform(post("/participation/questions").param("text", " ").with(as(staff.world().worker())).with(csrf()))
			.andExpect(status().isOk());
		assertThat(jdbc.sql("select count(*) from participation_question where organisation_id = :o")
			.param("o", staff.world().organisationId()).query(Integer.class).single()).isZero();
		var id = ask(staff.world().worker(), null, "Mag ik een hond?");
		mvc.perform(post("/participation/questions/" + id + "/publish").param("published", "true")
			.with(as(staff.world().coordinator())).with(csrf())).andExpect(flash().attribute("notice",
					"participation.questions.error.publishUnanswered"));
		mvc.perform(put("/api/v1/questions/" + id + "/answer").contentType(MediaType.APPLICATION_JSON).content("{\"text\":\" \"}")
			.with(as(staff.world().worker())).with(csrf())).andExpect(status().isBadRequest());
		mvc.perform(post("/participation/questions/" + id + "/answer").param("text", "Vraag het je ouders.")
			.with(as(staff.world().worker())).with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(post("/participation/questions/" + id + "/publish").param("published", "true")
			.with(as(staff.world().coordinator())).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select published_by from participation_question where id = :id and published").param("id", id)
			.query(UUID.class).single()).isEqualTo(staff.world().coordinator().id());
	}
}
