package nl.samenspel.volunteers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.DutchTime;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.NotFound;
import nl.samenspel.kernel.Role;
import nl.samenspel.kernel.SearchTerm;
import nl.samenspel.organisation.UserManagement;

/**
 * The organisation's volunteer records: a COORDINATOR registers, edits, lists, searches, deactivates and reactivates
 * them ({@link VolunteerAccounts} links a VOLUNTEER account to one); a VOLUNTEER reads and edits the contact details, skills and languages of
 * their own ({@link #own}, {@link #updateOwn}). Opening a record ({@link #view}) is logged like other personal records.
 * The VOG and the code of conduct are recorded by {@link VolunteerScreening}.
 */
@Service
@Transactional
public class Volunteers {

	private final VolunteerStore store;
	private final VolunteerRecordStore records;
	private final UserManagement users;
	private final AuditLog audit;
	private final Clock clock;
	private final VolunteerRecords own;

	Volunteers(VolunteerStore store, VolunteerRecordStore records, VolunteerRecords own, UserManagement users,
			AuditLog audit, Clock clock) {
		this.store = store;
		this.records = records;
		this.own = own;
		this.users = users;
		this.audit = audit;
		this.clock = clock;
	}

	/** Today in the Netherlands, by the application's clock: the day the safety rule is checked on. */
	public LocalDate today() {
		return DutchTime.today(clock);
	}

	/**
	 * A volunteer of the user's organisation, for other modules' and slices' checks (another organisation's is "not
	 * found"). Not logged: a page that shows the record uses {@link #view}.
	 */
	@Transactional(readOnly = true)
	public Volunteer find(CurrentUser user, UUID id) {
		return store.find(user.organisationId(), id).orElseThrow(NotFound::new);
	}

	/** The volunteer record linked to a user account, if any. */
	@Transactional(readOnly = true)
	public Optional<Volunteer> ofUser(UUID userId) {
		return store.ofUser(userId);
	}

	/** Every volunteer of the user's organisation, by name. */
	@Transactional(readOnly = true)
	public List<Volunteer> all(CurrentUser user) {
		return store.all(user.organisationId());
	}

	/** A COORDINATOR opens a volunteer's record: the read is logged. */
	public Volunteer view(CurrentUser user, UUID id) {
		requireCoordinator(user);
		var volunteer = find(user, id);
		audit.record(AuditAction.READ, "volunteer", id, AuditResult.SUCCESS);
		return volunteer;
	}

	@Transactional(readOnly = true)
	public Page<Volunteer> search(CurrentUser user, VolunteerQuery query, Pageable pageable) {
		requireCoordinator(user);
		var clean = new VolunteerQuery(SearchTerm.of(query.name()), query.status(), query.screening());
		return records.search(user.organisationId(), clean, today(), pageable);
	}

	/** A COORDINATOR registers a volunteer directly (not through recruitment): ACTIVE, not yet screened. */
	public Volunteer register(CurrentUser user, VolunteerDetails details) {
		requireCoordinator(user);
		check(details.contact());
		checkIntake(details);
		var volunteer = new Volunteer(UUID.randomUUID(), user.organisationId(), null, details.firstName().strip(),
				details.lastName().strip(), blank(details.email()), blank(details.phone()), blank(details.skills()),
				blank(details.languages()), details.ageBand(), VolunteerStatus.ACTIVE, details.intakeOn(), null, null,
				null, null, null, null, null, null, 0);
		store.insert(volunteer, clock.instant());
		audit.record(AuditAction.CREATED, "volunteer", volunteer.id(), AuditResult.SUCCESS);
		return find(user, volunteer.id());
	}

	public Volunteer update(CurrentUser user, UUID id, VolunteerDetails details) {
		requireCoordinator(user);
		find(user, id);
		check(details.contact());
		checkIntake(details);
		records.update(user.organisationId(), id, clean(details));
		audit.record(AuditAction.UPDATED, "volunteer", id, AuditResult.SUCCESS);
		return find(user, id);
	}

	/** The signed-in VOLUNTEER's own record, if a coordinator linked their account to one. */
	@Transactional(readOnly = true)
	public Optional<Volunteer> own(CurrentUser user) {
		return own.own(user);
	}

	/** A VOLUNTEER changes their own contact details, skills and languages; nothing else of the record. */
	public Volunteer updateOwn(CurrentUser user, VolunteerContact contact) {
		var volunteer = own(user).orElseThrow(NotFound::new);
		check(contact);
		records.updateContact(user.organisationId(), volunteer.id(), clean(contact));
		audit.record(AuditAction.UPDATED, "volunteer", volunteer.id(), AuditResult.SUCCESS);
		return find(user, volunteer.id());
	}

	/** The volunteer stops: INACTIVE from today, so the safety rule refuses them. Twice is once. */
	public Volunteer deactivate(CurrentUser user, UUID id) {
		requireCoordinator(user);
		find(user, id);
		if (records.deactivate(user.organisationId(), id, today())) {
			audit.record(AuditAction.DEACTIVATED, "volunteer", id, AuditResult.SUCCESS);
		}
		return find(user, id);
	}

	/** An INACTIVE volunteer is ACTIVE again (screening still as recorded). */
	public Volunteer reactivate(CurrentUser user, UUID id) {
		requireCoordinator(user);
		var volunteer = find(user, id);
		if (volunteer.status() != VolunteerStatus.INACTIVE) {
			throw new FieldRejected("status", "volunteers.record.error.notInactive");
		}
		records.reactivate(user.organisationId(), id);
		audit.record(AuditAction.UPDATED, "volunteer", id, AuditResult.SUCCESS);
		return find(user, id);
	}

	/** The display name of a user of the organisation (who checked a VOG), or empty when it is not there. */
	@Transactional(readOnly = true)
	public Optional<String> userName(CurrentUser user, UUID userId) {
		try {
			return Optional.of(users.user(user.organisationId(), userId).getDisplayName());
		}
		catch (NotFound gone) {
			return Optional.empty();
		}
	}

	static void requireCoordinator(CurrentUser user) {
		if (!user.hasRole(Role.COORDINATOR)) {
			throw new AccessDeniedException("coordinators only");
		}
	}

	private static void check(VolunteerContact contact) {
		if (contact.firstName() == null || contact.firstName().isBlank()) {
			throw new FieldRejected("firstName", "volunteers.record.error.nameEmpty");
		}
		if (contact.lastName() == null || contact.lastName().isBlank()) {
			throw new FieldRejected("lastName", "volunteers.record.error.nameEmpty");
		}
	}

	private void checkIntake(VolunteerDetails details) {
		if (details.intakeOn() != null && details.intakeOn().isAfter(today())) {
			throw new FieldRejected("intakeOn", "volunteers.record.error.intakeInFuture");
		}
	}

	private static VolunteerDetails clean(VolunteerDetails details) {
		var contact = clean(details.contact());
		return new VolunteerDetails(contact.firstName(), contact.lastName(), contact.email(), contact.phone(),
				contact.skills(), contact.languages(), details.ageBand(), details.intakeOn());
	}

	private static VolunteerContact clean(VolunteerContact contact) {
		return new VolunteerContact(contact.firstName().strip(), contact.lastName().strip(), blank(contact.email()),
				blank(contact.phone()), blank(contact.skills()), blank(contact.languages()));
	}

	private static @org.jspecify.annotations.Nullable String blank(@org.jspecify.annotations.Nullable String text) {
		return VolunteerPolicies.blank(text);
	}
}
