package nl.samenspel.organisation;

import java.time.Clock;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;

import com.icegreen.greenmail.util.GreenMailUtil;

import nl.samenspel.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Mail goes over SMTP when a server is configured, and to the log and the demo outbox when none is. */
class MailerTests extends IntegrationTest {

	@Autowired
	Mailer mailer;

	@Autowired
	MessageSource messages;

	@Test
	void deliversOverSmtpInTheRecipientsLanguage() throws Exception {
		var to = "smtp-" + UUID.randomUUID() + "@test.samenspel.example";

		mailer.send(null, to, "en", "mail.activation", "Łukasz", "http://localhost/activate?token=abc", 72);

		var message = java.util.Arrays.stream(MAIL.getReceivedMessages()).filter(it -> {
			try {
				return it.getAllRecipients()[0].toString().equals(to);
			}
			catch (jakarta.mail.MessagingException e) {
				return false;
			}
		}).findFirst().orElseThrow();
		assertThat(message.getSubject()).isEqualTo("Your Samenspel account");
		assertThat(GreenMailUtil.getBody(message)).contains("Hello =C5=81ukasz").contains("72 hours");
	}

	@Test
	void keepsMailInTheOrganisationsOutboxWithoutAnSmtpServerInADemo() {
		var withoutSmtp = new Mailer(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), messages,
				jdbc, Clock.systemUTC(), new DemoMode("true", ""), "Samenspel <noreply@samenspel.example>");
		var organisation = fixtures.organisation();
		var to = "outbox-" + UUID.randomUUID() + "@test.samenspel.example";

		withoutSmtp.send(organisation, to, "nl", "mail.reset", "Zoë", "http://localhost/password-reset/confirm?token=xyz", 2);

		var kept = withoutSmtp.outbox(organisation, 100);
		assertThat(kept).singleElement().satisfies(mail -> {
			assertThat(mail.recipient()).isEqualTo(to);
			assertThat(mail.subject()).isEqualTo("Nieuw wachtwoord voor Samenspel");
			assertThat(mail.body()).contains("Hallo Zoë").contains("token=xyz").contains("2 uur");
		});
		assertThat(withoutSmtp.outbox(fixtures.organisation(), 100)).as("another organisation's outbox").isEmpty();
	}

	@Test
	void keepsNothingWithoutAnSmtpServerOutsideADemo() {
		var production = new Mailer(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), messages,
				jdbc, Clock.systemUTC(), new DemoMode("false", ""), "Samenspel <noreply@samenspel.example>");
		var organisation = fixtures.organisation();

		production.send(organisation, "iemand@test.samenspel.example", "nl", "mail.reset", "Zoë", "http://x/?token=geheim", 2);

		assertThat(production.delivers()).isFalse();
		assertThat(production.outbox(organisation, 100)).isEmpty();
	}

	@Test
	void showsAnAdminTheLinksOfTheirOwnMailsOnlyInTheDemoOutbox() throws Exception {
		var withoutSmtp = new Mailer(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), messages,
				jdbc, Clock.systemUTC(), new DemoMode("true", ""), "Samenspel <noreply@samenspel.example>");
		var organisation = fixtures.organisation();
		var admin = fixtures.user(organisation, "beheer", nl.samenspel.kernel.Role.ADMIN);
		var own = jdbc.sql("select email from app_user where id = :id").param("id", admin.id()).query(String.class).single();
		var other = "collega-" + UUID.randomUUID() + "@test.samenspel.example";
		withoutSmtp.send(organisation, other, "nl", "mail.reset", "Collega",
				"http://localhost/password-reset/confirm?token=geheimvaneenander&lang=nl", 2);
		withoutSmtp.send(organisation, own, "nl", "mail.reset", "Beheer",
				"http://localhost/password-reset/confirm?token=eigenlink&lang=nl", 2);

		var page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/outbox")
			.with(as(admin))).andReturn().getResponse().getContentAsString();

		assertThat(page).contains("eigenlink").contains(other).as("another user's link would take over their account")
			.doesNotContain("geheimvaneenander");
	}
}
