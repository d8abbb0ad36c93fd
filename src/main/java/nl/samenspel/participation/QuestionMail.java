package nl.samenspel.participation;

import java.time.Clock;
import java.util.EnumSet;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import nl.samenspel.kernel.DutchTime;
import nl.samenspel.kernel.Role;
import nl.samenspel.organisation.Mailer;
import nl.samenspel.organisation.UserManagement;

/**
 * Mail about children's questions, never what a child asked: the organisation's SAFEGUARDING_OFFICERs at once when a
 * question matched the danger list (after the commit, through {@link QuestionNeedsAttention}, with a link), and each
 * morning the COORDINATORs how many questions are overdue. The daily mail is claimed per organisation and day first,
 * so a second run or a second node sends nothing. A mail that could not be delivered is logged, not retried: the
 * question stands on the staff's list, on top while urgent.
 */
@Component
class QuestionMail {

	private final QuestionStore store;
	private final Questions questions;
	private final UserManagement users;
	private final Mailer mailer;
	private final Clock clock;
	private final String baseUrl;

	QuestionMail(QuestionStore store, Questions questions, UserManagement users, Mailer mailer, Clock clock,
			@Value("${samenspel.base-url:http://localhost:8080}") String baseUrl) {
		this.store = store;
		this.questions = questions;
		this.users = users;
		this.mailer = mailer;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	@ApplicationModuleListener
	void on(QuestionNeedsAttention event) {
		for (var officer : users.activeUsersWithAnyRole(event.organisationId(), EnumSet.of(Role.SAFEGUARDING_OFFICER))) {
			mailer.sendOrLog(event.organisationId(), officer.getEmail(), officer.getPreferredLanguage(),
					"participation.questions.mail.attention", baseUrl + "/participation/questions/" + event.questionId());
		}
	}

	/** Mails each organisation's coordinators the number of overdue questions, once a day; returns how many were told. */
	@Scheduled(cron = "${samenspel.participation.question-reminder-cron:0 15 7 * * *}")
	public int remindOverdue() {
		var today = DutchTime.today(clock);
		int organisations = 0;
		for (var overdue : store.overdue(clock.instant().minus(questions.target()))) {
			if (!store.claimReminder(overdue.organisationId(), today)) {
				continue;
			}
			for (var coordinator : users.activeUsersWithAnyRole(overdue.organisationId(), EnumSet.of(Role.COORDINATOR))) {
				mailer.sendOrLog(overdue.organisationId(), coordinator.getEmail(), coordinator.getPreferredLanguage(),
						"participation.questions.mail.overdue", overdue.count(), baseUrl + "/participation/questions");
			}
			organisations++;
		}
		return organisations;
	}
}
