package nl.samenspel.network;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.children.ChildManagement;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Role;

/**
 * The referrals on a home: for staff, those that ask something of them (to send, answered lately, a follow-up due),
 * listed as the referrals page lists them (no reason, no contact); for a PARTNER, those waiting for their answer, with
 * the child's first name only, each one shown logged as the partner's own list logs it.
 */
@Service
@Transactional
public class ReferralInbox {

	/** How far back an answer counts as news. */
	public static final int ANSWERED_DAYS = 14;

	private final ReferralInboxStore store;
	private final SocialMap map;
	private final ChildManagement children;
	private final AuditLog audit;
	private final Clock clock;

	ReferralInbox(ReferralInboxStore store, SocialMap map, ChildManagement children, AuditLog audit, Clock clock) {
		this.store = store;
		this.map = map;
		this.children = children;
		this.audit = audit;
		this.clock = clock;
	}

	/** A referral that asks something of the staff member. */
	public record Awaiting(UUID id, String childName, String service, ReferralStatus status,
			@Nullable LocalDate followUpOn, Instant changedAt) {
	}

	public List<Awaiting> awaiting(CurrentUser user, int limit) {
		if (!user.hasAnyRole(Role.staff())) {
			return List.of();
		}
		var rows = store.awaiting(user.organisationId(), user.id(),
				clock.instant().minus(Duration.ofDays(ANSWERED_DAYS)), Referrals.today(clock), limit);
		var names = new HashMap<UUID, String>();
		children.cards(user, rows.stream().map(ReferralInboxStore.Row::childId).toList())
			.forEach(card -> names.put(card.id(), card.name()));
		return rows.stream().filter(row -> names.containsKey(row.childId()))
			.map(row -> new Awaiting(row.id(), names.get(row.childId()), row.service(), row.status(), row.followUpOn(),
					row.updatedAt()))
			.toList();
	}

	/** A referral waiting for the partner's answer. */
	public record Waiting(UUID id, String childFirstName, Instant sentAt) {
	}

	public List<Waiting> waitingForPartner(CurrentUser partner, int limit) {
		if (!partner.hasRole(Role.PARTNER)) {
			return List.of();
		}
		var service = map.serviceOf(partner);
		if (service.isEmpty()) {
			return List.of();
		}
		var rows = store.waitingFor(partner.organisationId(), service.get(), limit);
		var names = new HashMap<UUID, String>();
		children.partnerCards(partner.organisationId(), rows.stream().map(ReferralInboxStore.Waiting::childId).toList())
			.forEach(card -> names.put(card.id(), card.firstName()));
		var shown = rows.stream().filter(row -> names.containsKey(row.childId()))
			.map(row -> new Waiting(row.id(), names.get(row.childId()), row.sentAt()))
			.toList();
		shown.forEach(row -> audit.record(AuditAction.READ, "referral", row.id(), AuditResult.SUCCESS));
		return shown;
	}
}
