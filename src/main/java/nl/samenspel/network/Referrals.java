package nl.samenspel.network;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.children.ChildManagement;
import nl.samenspel.children.ConsentMethod;
import nl.samenspel.children.ConsentRequest;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.DutchTime;
import nl.samenspel.kernel.Encryption;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.NotFound;
import nl.samenspel.kernel.Role;
import nl.samenspel.organisation.UserManagement;

/**
 * Referrals of a child or family to a service on the social map, made and read by the referring organisation. Staff
 * (COORDINATOR, WORKER, SAFEGUARDING_OFFICER) refer and see their organisation's referrals; opening one is logged. The
 * route decides the details: for an intermediary-only service (the Jeugdfonds) the referring worker is recorded as the
 * intermediary; for a service the parents apply to themselves (Leergeld) the worker hands them a letter; the
 * Kindertelefoon takes no referral. A referral that says a guardian consented, to a service whose sharing the child's
 * consent register covers (the wijkteam, the school), needs that consent in the register: it is refused without,
 * unless the worker records the guardian's consent in the register with it (audited by the children module). What
 * happens to a referral after it is made is {@link ReferralProgress}.
 */
@Service
@Transactional
public class Referrals {

	private final ReferralStore store;
	private final SocialMap map;
	private final ChildManagement children;
	private final Encryption encryption;
	private final AuditLog audit;
	private final UserManagement users;
	private final Clock clock;

	Referrals(ReferralStore store, SocialMap map, ChildManagement children, Encryption encryption, AuditLog audit,
			UserManagement users, Clock clock) {
		this.store = store;
		this.map = map;
		this.children = children;
		this.encryption = encryption;
		this.audit = audit;
		this.users = users;
		this.clock = clock;
	}

	private static void requireStaff(CurrentUser user) {
		if (!user.hasAnyRole(Role.staff())) {
			throw new AccessDeniedException("staff only");
		}
	}

	/** The day in the Netherlands, what follow-up dates and ages are compared with. */
	static LocalDate today(Clock clock) {
		return DutchTime.today(clock);
	}

	public Referral refer(CurrentUser user, ReferralRequest request) {
		requireStaff(user);
		var service = map.services(user.organisationId(), true).stream()
			.filter(it -> it.id().equals(request.serviceId())).findFirst()
			.orElseThrow(() -> new FieldRejected("serviceId", "referral.error.service"));
		if (!service.active()) {
			throw new FieldRejected("serviceId", "referral.error.inactive");
		}
		if (service.route() == Route.INFORM) {
			throw new FieldRejected("serviceId", "referral.error.inform");
		}
		var child = children.child(user, request.childId());
		if (request.consentGuardianId() != null && !child.isGuardian(request.consentGuardianId())) {
			throw new FieldRejected("consentGuardianId", "referral.error.guardian");
		}
		if (request.consentGuardianId() == null && SocialMap.blank(request.noConsentReason()) == null) {
			throw new FieldRejected("noConsentReason", "referral.error.consent");
		}
		if (request.followUpOn() != null && request.followUpOn().isBefore(today(clock))) {
			throw new FieldRejected("followUpOn", "referral.error.followUpPast");
		}
		var purpose = service.kind().consentPurpose();
		if (purpose != null && request.consentGuardianId() != null && !child.allows(purpose)) {
			// the referral may not say "consent given" while the register says there is none
			if (!Boolean.TRUE.equals(request.recordConsent())) {
				throw new FieldRejected("consentGuardianId", "referral.error.consentRegister." + purpose.name());
			}
			if (!user.hasAnyRole(Role.COORDINATOR, Role.WORKER)) {
				throw new FieldRejected("recordConsent", "referral.error.consentRecorder");
			}
			children.giveConsent(user, child.getId(), new ConsentRequest(request.consentGuardianId(), purpose,
					ConsentMethod.SPOKEN));
		}
		var id = UUID.randomUUID();
		var now = clock.instant();
		store.insert(new ReferralStore.Row(id, user.organisationId(), child.getId(), service.id(),
				encryption.seal(request.reason().strip(), id), encryption.seal(SocialMap.blank(request.contact()), id),
				request.consentGuardianId(),
				request.consentGuardianId() == null ? encryption.seal(request.noConsentReason().strip(), id) : null,
				Boolean.TRUE.equals(request.warmHandover()), service.route() == Route.INTERMEDIARY ? user.id() : null,
				ReferralStatus.PROPOSED, request.followUpOn(), user.id(), now, now, null));
		store.addHistory(id, ReferralStatus.PROPOSED, user.id(), clock.instant());
		audit.record(AuditAction.CREATED, "referral", id, AuditResult.SUCCESS);
		return referral(user, id);
	}

	/** A row of the staff's list: no reason, no contact. */
	public record Summary(UUID id, UUID childId, String childName, String service, ReferralStatus status,
			@Nullable LocalDate followUpOn, Instant createdAt) {
	}

	@Transactional(readOnly = true)
	public List<Summary> list(CurrentUser user, @Nullable UUID childId) {
		requireStaff(user);
		var rows = store.summaries(user.organisationId(), childId);
		var names = new HashMap<UUID, String>();
		children.cards(user, rows.stream().map(Summary::childId).toList()).forEach(card -> names.put(card.id(), card.name()));
		return rows.stream().filter(row -> names.containsKey(row.childId()))
			.map(row -> new Summary(row.id(), row.childId(), names.get(row.childId()), row.service(), row.status(),
					row.followUpOn(), row.createdAt()))
			.toList();
	}

	/** A referral, opened, for staff of the organisation; the read is logged. */
	public Referral referral(CurrentUser user, UUID id) {
		requireStaff(user);
		var row = store.find(id).filter(it -> it.organisationId().equals(user.organisationId())).orElseThrow(NotFound::new);
		var child = children.cards(user, List.of(row.childId())).stream().findFirst().orElseThrow(NotFound::new);
		var service = map.service(user.organisationId(), row.serviceId());
		String guardianName = null;
		if (row.guardian() != null) {
			guardianName = children.guardians(children.child(user, row.childId())).stream()
				.filter(guardian -> guardian.getId().equals(row.guardian())).map(guardian -> guardian.getName())
				.findFirst().orElse(null);
		}
		var history = store.history(id);
		audit.record(AuditAction.READ, "referral", id, AuditResult.SUCCESS);
		return new Referral(id, row.childId(), child.name(), service, encryption.open(row.reason(), id),
				encryption.open(row.contact(), id), row.guardian(), guardianName, encryption.open(row.noConsent(), id),
				row.warm(), row.intermediary(), row.status(), row.followUpOn(), row.referredBy(), row.createdAt(), history,
				encryption.open(row.declineReason(), id));
	}

	/** What the letter for parents who apply themselves needs: the service and the child's first name. */
	public record Letter(NetworkOrganisation service, String childFirstName, String worker) {
	}

	@Transactional(readOnly = true)
	public Letter letter(CurrentUser user, UUID id) {
		requireStaff(user);
		var row = store.find(id).filter(it -> it.organisationId().equals(user.organisationId())).orElseThrow(NotFound::new);
		var service = map.service(user.organisationId(), row.serviceId());
		if (service.route() != Route.PARENTS_APPLY) {
			throw new NotFound();
		}
		var child = children.cards(user, List.of(row.childId())).stream().findFirst().orElseThrow(NotFound::new);
		return new Letter(service, child.firstName(), users.user(user.organisationId(), row.referredBy()).getDisplayName());
	}

	/** Open referrals with a follow-up date due, for the staff's list. */
	@Transactional(readOnly = true)
	public List<Summary> due(CurrentUser user) {
		var today = today(clock);
		return list(user, null).stream()
			.filter(row -> row.status().open() && row.followUpOn() != null && !row.followUpOn().isAfter(today))
			.toList();
	}
}
