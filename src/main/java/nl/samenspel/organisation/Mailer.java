package nl.samenspel.organisation;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.mail.MessagingException;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

import nl.samenspel.kernel.CurrentUser;

/**
 * Sends e-mail for every module, written from the message bundles in the recipient's language, over SMTP when a
 * server is configured ({@code spring.mail.host}). Without one, a demo run keeps the mail in the outbox of the
 * organisation it was sent for (its demo page shows it); any other run only logs that a mail could not be sent.
 * Mail bodies, which hold one-time links, never go to the log.
 */
@Service
public class Mailer {

	private static final Logger log = LoggerFactory.getLogger(Mailer.class);

	/** A mail that was kept in the outbox instead of sent. */
	public record OutboxMail(UUID id, String recipient, String subject, String body, Instant createdAt) {
	}

	private final ObjectProvider<JavaMailSender> sender;
	private final MessageSource messages;
	private final JdbcClient jdbc;
	private final Clock clock;
	private final DemoMode demo;
	private final String from;

	Mailer(ObjectProvider<JavaMailSender> sender, MessageSource messages, JdbcClient jdbc, Clock clock, DemoMode demo,
			@Value("${samenspel.mail.from}") String from) {
		this.sender = sender;
		this.messages = messages;
		this.jdbc = jdbc;
		this.clock = clock;
		this.demo = demo;
		this.from = from;
	}

	/** Whether mail leaves this installation at all (an SMTP server is configured). */
	public boolean delivers() {
		return sender.getIfAvailable() != null;
	}

	/**
	 * Sends the mail whose subject and body are {@code key.subject} and {@code key.body} in the bundles, filled with
	 * the arguments, on behalf of an organisation. Fails with {@link MailException} when the SMTP server refuses it.
	 */
	public void send(@Nullable UUID organisationId, String recipient, String language, String key,
			Object... arguments) {
		var locale = Locale.forLanguageTag(language);
		var subject = messages.getMessage(key + ".subject", arguments, locale);
		var body = messages.getMessage(key + ".body", arguments, locale);
		var smtp = sender.getIfAvailable();
		if (smtp == null) {
			keep(organisationId, recipient, subject, body, key);
			return;
		}
		try {
			var message = smtp.createMimeMessage();
			var helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
			helper.setFrom(from);
			helper.setTo(recipient);
			helper.setSubject(subject);
			helper.setText(body, false);
			smtp.send(message);
		}
		catch (MessagingException e) {
			throw new MailPreparationException(e);
		}
	}

	/**
	 * Sends like {@link #send}, for a mail that is only a nudge: a failure is logged (the key and the kind of failure,
	 * never the address) and answered with {@code false} instead of thrown. The listeners that mail several people use
	 * it, so that one address that fails neither stops the others nor makes a second delivery mail them twice.
	 */
	public boolean sendOrLog(@Nullable UUID organisationId, String recipient, String language, String key,
			Object... arguments) {
		try {
			send(organisationId, recipient, language, key, arguments);
			return true;
		}
		catch (RuntimeException failed) {
			log.warn("Could not send {}: {}", key, failed.getClass().getSimpleName());
			return false;
		}
	}

	private void keep(@Nullable UUID organisationId, String recipient, String subject, String body, String key) {
		if (!demo.enabled()) {
			log.warn("No SMTP server configured (spring.mail.host): mail '{}' was not sent", key);
			return;
		}
		log.info("No SMTP server configured: mail '{}' kept in the demo outbox", key);
		jdbc.sql("""
				insert into outbox_mail (id, organisation_id, recipient, subject, body, created_at)
				values (:id, :organisation, :to, :subject, :body, :at)""")
			.param("id", UUID.randomUUID())
			.param("organisation", organisationId)
			.param("to", recipient)
			.param("subject", subject)
			.param("body", body)
			.param("at", Timestamp.from(Instant.now(clock)))
			.update();
	}

	/** A one-time link's secret in a mail body: what takes over an account when someone else follows the link. */
	private static final java.util.regex.Pattern SECRET = java.util.regex.Pattern.compile("(token=)[^&\\s]+");

	/**
	 * The organisation's newest mails in the demo outbox as the viewer may read them: mails to the viewer's own
	 * address whole, everyone else's with each link's secret masked, so that an ADMIN cannot take over a colleague's
	 * account with the colleague's reset link. Empty outside demo mode.
	 */
	public List<OutboxMail> outbox(CurrentUser viewer, int limit) {
		if (!demo.enabled()) {
			return List.of();
		}
		var own = jdbc.sql("select email from app_user where id = :id").param("id", viewer.id()).query(String.class)
			.optional().orElse("");
		return outbox(viewer.organisationId(), limit).stream()
			.map(mail -> mail.recipient().equalsIgnoreCase(own) ? mail : new OutboxMail(mail.id(), mail.recipient(),
					mail.subject(), SECRET.matcher(mail.body()).replaceAll("$1…"), mail.createdAt()))
			.toList();
	}

	/** The organisation's newest mails kept in the demo outbox, links and all. */
	List<OutboxMail> outbox(UUID organisationId, int limit) {
		return jdbc.sql("select * from outbox_mail where organisation_id = :organisation order by created_at desc limit :limit")
			.param("organisation", organisationId)
			.param("limit", limit)
			.query((rs, row) -> new OutboxMail(rs.getObject("id", UUID.class), rs.getString("recipient"),
					rs.getString("subject"), rs.getString("body"), rs.getTimestamp("created_at").toInstant()))
			.list();
	}
}
