package nl.samenspel.activities;

import java.util.Arrays;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;

/** What the embedded SMTP server received for one address, with the decoded text of each mail. */
final class MailBox {

	private MailBox() {
	}

	record Mail(String subject, String text) {
	}

	static List<Mail> to(GreenMail server, String address) {
		return Arrays.stream(server.getReceivedMessages()).filter(message -> recipient(message).equals(address))
			.map(message -> {
				try {
					return new Mail(message.getSubject(), message.getContent().toString());
				}
				catch (MessagingException | java.io.IOException unreadable) {
					throw new IllegalStateException(unreadable);
				}
			})
			.toList();
	}

	private static String recipient(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (MessagingException noRecipient) {
			return "";
		}
	}
}
