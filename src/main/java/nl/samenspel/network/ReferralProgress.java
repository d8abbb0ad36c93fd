package nl.samenspel.network;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.children.ChildCard;
import nl.samenspel.children.ChildManagement;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Encryption;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.NotFound;
import nl.samenspel.kernel.Role;
import nl.samenspel.organisation.OrganisationManagement;
import nl.samenspel.organisation.UserNames;

/**
 * What happens to a referral after it is made. Staff send a proposed referral or call it off; the PARTNER it is sent
 * to sees only the referrals sent to the service they work at, with only the child's first name and age, the reason
 * and the contact and who referred (every one shown is logged), and accepts or declines them (declining needs a
 * reason, which is sealed and shown to the referring staff) and follows them up; the referring worker then gets an
 * e-mail ({@link ReferralAnswered}, which {@code ReferrerMail} listens to; it never carries the reason). Another
 * partner's referral is not found.
 */
@Service
@Transactional
public class ReferralProgress {

	/** The longest reason a partner may give for declining. */
	public static final int DECLINE_REASON_MAX = 1000;

	private final ReferralStore store;
	private final SocialMap map;
	private final ChildManagement children;
	private final Encryption encryption;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final OrganisationManagement organisations;
	private final UserNames names;
	private final Clock clock;

	ReferralProgress(ReferralStore store, SocialMap map, ChildManagement children, Encryption encryption, AuditLog audit,
			ApplicationEventPublisher events, OrganisationManagement organisations, UserNames names, Clock clock) {
		this.store = store;
		this.map = map;
		this.children = children;
		this.encryption = encryption;
		this.audit = audit;
		this.events = events;
		this.organisations = organisations;
		this.names = names;
		this.clock = clock;
	}

	/**
	 * Moves a referral on. Staff send a proposed referral or call it off (no longer needed); the PARTNER it is sent
	 * to accepts or declines it and follows it up, and the referring worker is told by e-mail. Another partner's
	 * referral is not found. Declining needs a reason ({@link #changeStatus(CurrentUser, UUID, ReferralStatus, String)}).
	 */
	public void changeStatus(CurrentUser user, UUID id, ReferralStatus status) {
		changeStatus(user, id, status, null);
	}

	/**
	 * As {@link #changeStatus(CurrentUser, UUID, ReferralStatus)}, with the reason a PARTNER gives for declining: it is
	 * required (at most {@link #DECLINE_REASON_MAX} characters), sealed, and shown to the referring staff; for any other
	 * status it is ignored. Without one nothing changes.
	 */
	public void changeStatus(CurrentUser user, UUID id, ReferralStatus status, @Nullable String reason) {
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
		if (status == ReferralStatus.DECLINED) {
			var given = SocialMap.blank(reason);
			if (given == null) {
				throw new FieldRejected("reason", "partner.decline.error.empty");
			}
			if (given.length() > DECLINE_REASON_MAX) {
				throw new FieldRejected("reason", "partner.decline.error.long", DECLINE_REASON_MAX);
			}
			store.declined(id, encryption.seal(given, id), clock.instant());
		}
		else {
			store.moveTo(id, status, clock.instant());
		}
		store.addHistory(id, status, user.id(), clock.instant());
		audit.record(AuditAction.UPDATED, "referral", id, AuditResult.SUCCESS);
		if (partner) {
			events.publishEvent(new ReferralAnswered(row.organisationId(), id, status));
		}
	}

	// partners

	/**
	 * The referrals sent to the PARTNER's service, with only what the partner needs; every one shown is logged. The
	 * referrals, the children's first names and the referrers' names are read in one query each.
	 */
	public List<PartnerReferral> forPartner(CurrentUser partner) {
		var service = map.serviceOf(partner);
		if (service.isEmpty()) {
			return List.of();
		}
		var sent = store.sentTo(partner.organisationId(), service.get());
		var cards = new HashMap<UUID, ChildCard>();
		children.partnerCards(partner.organisationId(), sent.stream().map(it -> it.row().childId()).toList())
			.forEach(card -> cards.put(card.id(), card));
		var referrers = referrers(partner, sent.stream().map(ReferralStore.Sent::row).toList());
		var organisation = organisations.organisation(partner.organisationId()).getName();
		var result = new ArrayList<PartnerReferral>();
		for (var it : sent) {
			var child = cards.get(it.row().childId());
			if (child != null) {
				result.add(partnerView(it.row(), child, it.firstSent(), referrers, organisation));
			}
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
		var child = children.partnerCard(partner.organisationId(), row.childId());
		return partnerView(row, child, store.firstSent(row.id()).orElse(null), referrers(partner, List.of(row)),
				organisations.organisation(partner.organisationId()).getName());
	}

	/** The names of those who referred or were the intermediary, in one query. */
	private Map<UUID, String> referrers(CurrentUser partner, List<ReferralStore.Row> rows) {
		var ids = new HashSet<UUID>();
		rows.forEach(row -> {
			ids.add(row.referredBy());
			if (row.intermediary() != null) {
				ids.add(row.intermediary());
			}
		});
		return names.of(partner.organisationId(), ids);
	}

	private PartnerReferral partnerView(ReferralStore.Row row, ChildCard child,
			@Nullable Instant firstSent, Map<UUID, String> referrers, String organisation) {
		audit.record(AuditAction.READ, "referral", row.id(), AuditResult.SUCCESS);
		var referrer = row.intermediary() != null ? row.intermediary() : row.referredBy();
		return new PartnerReferral(row.id(), child.firstName(), child.ageOn(Referrals.today(clock)),
				encryption.open(row.reason(), row.id()), encryption.open(row.contact(), row.id()), row.status(), row.warm(),
				firstSent == null ? row.createdAt() : firstSent, referrers.getOrDefault(referrer, "?"), organisation,
				row.intermediary() != null, encryption.open(row.declineReason(), row.id()));
	}
}
