package nl.samenspel.organisation;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.mail.MessagingException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/**
 * Sends e-mail for every module, written from the message bundles in the recipient's language. With an SMTP server
 * configured ({@code spring.mail.host}) it delivers over SMTP. Without one (the default run) it writes the mail to
 * the log and keeps it in the outbox, which the demo's outbox page shows.
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
	private final String from;

	Mailer(ObjectProvider<JavaMailSender> sender, MessageSource messages, JdbcClient jdbc, Clock clock,
			@Value("${samenspel.mail.from}") String from) {
		this.sender = sender;
		this.messages = messages;
		this.jdbc = jdbc;
		this.clock = clock;
		this.from = from;
	}

	/**
	 * Sends the mail whose subject and body are {@code key.subject} and {@code key.body} in the bundles, filled with
	 * the arguments. Fails with {@link MailException} when the SMTP server refuses it.
	 */
	public void send(String recipient, String language, String key, Object... arguments) {
		var locale = Locale.forLanguageTag(language);
		var subject = messages.getMessage(key + ".subject", arguments, locale);
		var body = messages.getMessage(key + ".body", arguments, locale);
		var smtp = sender.getIfAvailable();
		if (smtp == null) {
			keep(recipient, subject, body);
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
			throw new org.springframework.mail.MailPreparationException(e);
		}
	}

	private void keep(String recipient, String subject, String body) {
		log.info("No SMTP server configured; this mail is kept in the outbox instead of sent:\nSubject: {}\n\n{}", subject,
				body);
		jdbc.sql("insert into outbox_mail (id, recipient, subject, body, created_at) values (:id, :to, :subject, :body, :at)")
			.param("id", UUID.randomUUID())
			.param("to", recipient)
			.param("subject", subject)
			.param("body", body)
			.param("at", Timestamp.from(Instant.now(clock)))
			.update();
	}

	/** The newest mails kept in the outbox (only shown with demo data). */
	public List<OutboxMail> outbox(int limit) {
		return jdbc.sql("select * from outbox_mail order by created_at desc limit :limit")
			.param("limit", limit)
			.query((rs, row) -> new OutboxMail(rs.getObject("id", UUID.class), rs.getString("recipient"),
					rs.getString("subject"), rs.getString("body"), rs.getTimestamp("created_at").toInstant()))
			.list();
	}
}
