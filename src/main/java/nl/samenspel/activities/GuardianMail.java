package nl.samenspel.activities;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import nl.samenspel.children.ChildManagement;
import nl.samenspel.organisation.Mailer;

/**
 * Tells a child's guardians about the programme by e-mail, in their own language, once the change is committed:
 * a mail never goes out for something that was rolled back. The child's first name is the first argument of every
 * message; dates are written out in the guardian's language.
 */
@Component
class GuardianMail {

	private static final Logger log = LoggerFactory.getLogger(GuardianMail.class);

	private final ChildManagement children;
	private final Mailer mailer;

	GuardianMail(ChildManagement children, Mailer mailer) {
		this.children = children;
		this.mailer = mailer;
	}

	void tell(UUID organisationId, UUID childId, String key, Object... arguments) {
		var addresses = children.guardianAddresses(organisationId, childId);
		Runnable send = () -> addresses.forEach(address -> {
			var locale = Locale.forLanguageTag(address.language());
			var filled = new Object[arguments.length + 1];
			filled[0] = address.childFirstName();
			for (int i = 0; i < arguments.length; i++) {
				filled[i + 1] = arguments[i] instanceof LocalDate date
						? DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(date) : arguments[i];
			}
			try {
				mailer.send(organisationId, address.email(), address.language(), key, filled);
			}
			catch (RuntimeException failed) {
				// the change stands; the worker can tell the family another way
				log.warn("Could not send {} to a guardian: {}", key, failed.getClass().getSimpleName());
			}
		});
		nl.samenspel.kernel.AfterCommit.run(send);
	}
}
