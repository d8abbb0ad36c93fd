package nl.samenspel.network;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import nl.samenspel.organisation.Mailer;
import nl.samenspel.organisation.UserManagement;

/**
 * Tells the worker who made a referral that the partner answered it, with the service's name and a link, never the
 * child or the reason. It listens to {@link ReferralAnswered}, so the mail goes out only after the change committed
 * (and after a restart if a node stopped first). A mail that could not be delivered is logged, not retried: the status
 * stands and shows in the referral, the mail is only a nudge.
 */
@Component
class ReferrerMail {

	private final ReferralStore store;
	private final SocialMap map;
	private final UserManagement users;
	private final Mailer mailer;
	private final String baseUrl;

	ReferrerMail(ReferralStore store, SocialMap map, UserManagement users, Mailer mailer,
			@Value("${samenspel.base-url:http://localhost:8080}") String baseUrl) {
		this.store = store;
		this.map = map;
		this.users = users;
		this.mailer = mailer;
		this.baseUrl = baseUrl;
	}

	@ApplicationModuleListener
	void on(ReferralAnswered event) {
		var row = store.find(event.referralId()).filter(it -> it.organisationId().equals(event.organisationId()));
		if (row.isEmpty()) {
			return;
		}
		var referrer = users.user(event.organisationId(), row.get().referredBy());
		var service = map.service(event.organisationId(), row.get().serviceId()).name();
		mailer.sendOrLog(event.organisationId(), referrer.getEmail(), referrer.getPreferredLanguage(), "mail.referralUpdated",
				service, baseUrl + "/referrals/" + row.get().id());
	}
}
