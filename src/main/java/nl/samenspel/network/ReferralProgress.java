package nl.samenspel.network;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.children.ChildManagement;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Encryption;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.NotFound;
import nl.samenspel.kernel.Role;

/**
 * What happens to a referral after it is made. Staff send a proposed referral or call it off; the PARTNER it is sent
 * to sees only the referrals sent to the service they work at, with only the child's first name and age, the reason
 * and the contact (every one shown is logged), and accepts or declines them and follows them up; the referring
 * worker then gets an e-mail ({@link ReferralAnswered}, which {@code ReferrerMail} listens to). Another partner's referral is not found.
 */
@Service
@Transactional
public class ReferralProgress {

	private final ReferralStore store;
	private final SocialMap map;
	private final ChildManagement children;
	private final Encryption encryption;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ReferralProgress(ReferralStore store, SocialMap map, ChildManagement children, Encryption encryption, AuditLog audit,
			ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.map = map;
		this.children = children;
		this.encryption = encryption;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Moves a referral on. Staff send a proposed referral or call it off (no longer needed); the PARTNER it is sent
	 * to accepts or declines it and follows it up, and the referring worker is told by e-mail. Another partner's
	 * referral is not found.
	 */
	public void changeStatus(CurrentUser user, UUID id, ReferralStatus status) {
		var row = store.find(id).filter(it -> it.organisationId().equals(user.organisationId())).orElseThrow(NotFound::new);
		var staff = user.hasAnyRole(Role.staff());
		var partner = !staff && user.hasRole(Role.PARTNER);
		if (partner) {
			var service = map.serviceOf(user);
			if (service.isEmpty() || !service.get().equals(row.serviceId()) || row.status() == ReferralStatus.PROPOSED) {
				throw new NotFound();
			}
			if (!ReferralStatus.PARTNER_SETS.contains(status)) {
				throw new FieldRejected("status", "referral.error.transition");
			}
		}
		else if (!staff) {
			throw new AccessDeniedException("staff or partner only");
		}
		else if (status != ReferralStatus.SENT && status != ReferralStatus.NO_LONGER_NEEDED) {
			throw new FieldRejected("status", "referral.error.transition");
		}
		if (!status.mayFollow(row.status())) {
			throw new FieldRejected("status", "referral.error.transition");
		}
		store.moveTo(id, status, clock.instant());
		store.addHistory(id, status, user.id(), clock.instant());
		audit.record(AuditAction.UPDATED, "referral", id, AuditResult.SUCCESS);
		if (partner) {
			events.publishEvent(new ReferralAnswered(row.organisationId(), id, status));
		}
	}

	// partners

	/** The referrals sent to the PARTNER's service, with only what the partner needs; every one shown is logged. */
	public List<PartnerReferral> forPartner(CurrentUser partner) {
		var service = map.serviceOf(partner);
		if (service.isEmpty()) {
			return List.of();
		}
		var result = new ArrayList<PartnerReferral>();
		for (var id : store.sentTo(service.get())) {
			result.add(partnerView(partner, store.find(id).orElseThrow()));
		}
		return result;
	}

	public PartnerReferral forPartner(CurrentUser partner, UUID id) {
		var service = map.serviceOf(partner);
		var row = store.find(id).orElse(null);
		if (service.isEmpty() || row == null || !row.serviceId().equals(service.get())
				|| !row.organisationId().equals(partner.organisationId()) || row.status() == ReferralStatus.PROPOSED) {
			throw new NotFound();
		}
		return partnerView(partner, row);
	}

	private PartnerReferral partnerView(CurrentUser partner, ReferralStore.Row row) {
		var child = children.partnerCard(partner.organisationId(), row.childId());
		var sent = store.firstSent(row.id()).orElse(row.createdAt());
		audit.record(AuditAction.READ, "referral", row.id(), AuditResult.SUCCESS);
		return new PartnerReferral(row.id(), child.firstName(), child.ageOn(Referrals.today(clock)),
				encryption.open(row.reason(), row.id()), encryption.open(row.contact(), row.id()), row.status(), row.warm(),
				sent);
	}
}
