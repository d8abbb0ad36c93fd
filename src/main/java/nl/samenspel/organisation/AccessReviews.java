package nl.samenspel.organisation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.NotFound;

/**
 * The yearly access review (BIO2 / ASVS V8): an ADMIN looks at every user of the organisation with their roles,
 * status and last login, and signs the review off with a note. The review keeps the users and roles as they were, is
 * audited, and the next one is due a year later. Every query is within the ADMIN's organisation.
 */
@Service
@Transactional
public class AccessReviews {

	static final int NOTE_MAX = 2000;

	private final UserAccounts users;
	private final AccessReviewStore store;
	private final AuditLog audit;
	private final Clock clock;

	AccessReviews(UserAccounts users, AccessReviewStore store, AuditLog audit, Clock clock) {
		this.users = users;
		this.store = store;
		this.audit = audit;
		this.clock = clock;
	}

	/** Every user of the organisation as they are now, by user name. */
	@Transactional(readOnly = true)
	public List<AccessReview.Entry> current(CurrentUser admin) {
		var logins = store.lastLogins(admin.organisationId());
		return users.findByOrganisationId(admin.organisationId()).stream()
			.sorted(Comparator.comparing(UserAccount::getUsername))
			.map(user -> new AccessReview.Entry(user.getId(), user.getUsername(), user.getDisplayName(),
					user.getRoles(), user.getStatus(), logins.get(user.getId())))
			.toList();
	}

	/** Signs the review off with the ADMIN's note, keeping the users and roles as they are now. */
	public AccessReview signOff(CurrentUser admin, @Nullable String note) {
		var text = note == null ? "" : note.strip();
		if (text.isEmpty()) {
			throw new FieldRejected("note", "review.note.required");
		}
		if (text.length() > NOTE_MAX) {
			throw new FieldRejected("note", "review.note.tooLong");
		}
		var review = new AccessReview(UUID.randomUUID(), admin.organisationId(), admin.id(), admin.displayName(),
				Instant.now(clock), text, current(admin));
		store.insert(review);
		audit.record(AuditAction.ACCESS_REVIEWED, "access_review", review.id(), AuditResult.SUCCESS);
		return review;
	}

	/** The organisation's past reviews, newest first. */
	@Transactional(readOnly = true)
	public List<AccessReview> history(CurrentUser admin) {
		return store.reviews(admin.organisationId());
	}

	/** When the next review is due: a year after the last; empty when there has been none (due now). */
	@Transactional(readOnly = true)
	public Optional<LocalDate> nextDue(CurrentUser admin) {
		return history(admin).stream().findFirst().map(AccessReview::nextDue);
	}

	/** A past review with its users, for the export (404 for another organisation's); the export is audited. */
	public AccessReview export(CurrentUser admin, UUID id) {
		var review = store.review(admin.organisationId(), id).orElseThrow(NotFound::new);
		audit.record(AuditAction.EXPORTED, "access_review", id, AuditResult.SUCCESS);
		return review;
	}
}
