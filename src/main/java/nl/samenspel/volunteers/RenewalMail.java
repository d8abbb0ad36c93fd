package nl.samenspel.volunteers;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import nl.samenspel.kernel.DutchTime;
import nl.samenspel.kernel.Role;
import nl.samenspel.organisation.Mailer;
import nl.samenspel.organisation.UserManagement;
import nl.samenspel.ui.DateFormats;

/**
 * Each morning, the VOG renewals that came within 60 days (or are overdue) and were not noticed yet for their due
 * date: the volunteer gets a mail (when they have an address) and the organisation's COORDINATORs one mail listing
 * them. Each notice is claimed first (a row per volunteer and due date, {@link RenewalStore#claim}), so a second run
 * or a second node at the same time sends nothing again, and a renewal recorded later (a new due date) is noticed
 * afresh. A mail that could not be delivered is logged, not retried: the renewal stands on the coordinators' list.
 */
@Component
class RenewalMail {

	private final RenewalStore store;
	private final UserManagement users;
	private final Mailer mailer;
	private final Clock clock;
	private final String baseUrl;

	RenewalMail(RenewalStore store, UserManagement users, Mailer mailer, Clock clock,
			@Value("${samenspel.base-url:http://localhost:8080}") String baseUrl) {
		this.store = store;
		this.users = users;
		this.mailer = mailer;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/** Sends the notices due today; returns how many renewals were noticed. */
	@Scheduled(cron = "${samenspel.volunteers.renewal-cron:0 30 7 * * *}")
	public int notice() {
		var today = DutchTime.today(clock);
		var claimed = new LinkedHashMap<UUID, List<Volunteer>>();
		for (var volunteer : store.unnoticed(today, Renewals.until(today))) {
			if (store.claim(volunteer, clock.instant())) {
				claimed.computeIfAbsent(volunteer.organisationId(), id -> new ArrayList<>()).add(volunteer);
			}
		}
		int noticed = 0;
		for (var entry : claimed.entrySet()) {
			for (var volunteer : entry.getValue()) {
				if (volunteer.email() != null) {
					mailer.sendOrLog(entry.getKey(), volunteer.email(), "nl", "volunteers.renewal.mail.volunteer",
							volunteer.firstName(), DateFormats.day(volunteer.vogRenewalDue(), Locale.forLanguageTag("nl")));
				}
				noticed++;
			}
			for (var coordinator : users.activeUsersWithAnyRole(entry.getKey(), EnumSet.of(Role.COORDINATOR))) {
				var locale = Locale.forLanguageTag(coordinator.getPreferredLanguage());
				var lines = entry.getValue().stream()
					.map(it -> "- " + it.name() + ": " + DateFormats.day(it.vogRenewalDue(), locale))
					.toList();
				mailer.sendOrLog(entry.getKey(), coordinator.getEmail(), coordinator.getPreferredLanguage(),
						"volunteers.renewal.mail.coordinator", entry.getValue().size(), String.join("\n", lines),
						baseUrl + "/volunteers/renewals");
			}
		}
		return noticed;
	}
}
