package nl.samenspel.children;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.NotFound;
import nl.samenspel.kernel.Role;

/**
 * The children module's API for other modules: finding children, reading a record, the cards and safety sheets
 * the programme shows, where to mail a child's guardians, and recording a consent. Staff (COORDINATOR, WORKER;
 * SAFEGUARDING_OFFICER reads) see every child of their organisation; a PARENT sees only the children they are a
 * guardian of. Every read of a record and of health information is written to the audit log; parents see who read
 * their child's record. Changing a record is the business of {@link ChildRegistry}, {@link ChildGuardians},
 * {@link ChildConsents}, {@link ChildSafety}, {@link ChildPhotos} and {@link ChildPrivacy}.
 */
@Service
@Transactional
public class ChildManagement {

	private final Children children;
	private final Guardians guardians;
	private final ChildStore store;
	private final ChildRecords records;
	private final ChildSafety safety;
	private final ChildConsents consents;
	private final AuditLog audit;
	private final ObjectProvider<SessionAssignments> assignments;

	ChildManagement(Children children, Guardians guardians, ChildStore store, ChildRecords records, ChildSafety safety,
			ChildConsents consents, AuditLog audit, ObjectProvider<SessionAssignments> assignments) {
		this.children = children;
		this.guardians = guardians;
		this.store = store;
		this.records = records;
		this.safety = safety;
		this.consents = consents;
		this.audit = audit;
		this.assignments = assignments;
	}

	/** Staff search the registry; names match without regard to accents or case. */
	@Transactional(readOnly = true)
	public Page<ChildSummary> search(CurrentUser user, ChildQuery query, Pageable pageable) {
		ChildRecords.requireAny(user, Role.STAFF);
		return store.search(user.organisationId(), query, records.today(), pageable);
	}

	/** A child's record, for staff of the organisation or the child's own guardian; the read is logged. */
	public Child child(CurrentUser user, UUID id) {
		var child = records.editable(user, id);
		if (!user.hasAnyRole(Role.staff()) && !records.isGuardianOf(user, child)) {
			throw new NotFound();
		}
		audit.record(AuditAction.READ, "child", child.getId(), AuditResult.SUCCESS);
		return child;
	}

	/**
	 * Cards for children of the user's organisation (erased ones left out), in the order asked, whatever ids the
	 * calling module passes. Staff get any child; a PARENT only their own children; a VOLUNTEER only the children on
	 * the lists of the sessions they work at ({@link SessionAssignments#onListsOf}); any other role none. Last names
	 * only go to staff; the safety flags only to those who may see the child's health
	 * information. Nothing is opened, so nothing is logged here: opening is {@link #safetySheet}.
	 */
	@Transactional(readOnly = true)
	public List<ChildCard> cards(CurrentUser user, Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		var staff = user.hasAnyRole(Role.staff());
		// the user's own children, looked up once: a parent sees only these, and their health flags
		var own = user.hasRole(Role.PARENT) ? Set.copyOf(childrenOf(user).stream().map(Child::getId).toList())
				: Set.<UUID>of();
		// who is not staff sees their own children and, as a VOLUNTEER, those on the lists of their sessions
		var visible = new java.util.HashSet<UUID>(own);
		if (!staff && user.hasRole(Role.VOLUNTEER)) {
			visible.addAll(assignments.getIfAvailable(() -> SessionAssignments.NONE).onListsOf(user.id(), Set.copyOf(ids)));
		}
		var editor = ChildRecords.isEditor(user);
		var found = new HashMap<UUID, ChildCard>();
		for (var facts : store.cardFacts(user.organisationId(), ids)) {
			var id = facts.id();
			if (!staff && !visible.contains(id)) {
				continue;
			}
			var health = editor || own.contains(id) || (user.hasRole(Role.VOLUNTEER)
					&& assignments.getIfAvailable(() -> SessionAssignments.NONE).assignedToSessionOf(user.id(), id));
			found.put(id, new ChildCard(id, facts.firstName(), staff ? facts.lastName() : null, facts.dateOfBirth(),
					facts.gender(), facts.neighbourhoodId(), facts.status() == ChildStatus.ACTIVE, facts.mayRegister(),
					health && facts.safetyNotes(), health && facts.emergencyContact()));
		}
		return ids.stream().distinct().map(found::get).filter(Objects::nonNull).toList();
	}

	/**
	 * The card of a child the user works with, as {@link #cards} gives it, for raising a signal: staff get any child
	 * of the organisation, but a VOLUNTEER (who is not staff as well) only a child of a session they are assigned to
	 * ({@link SessionAssignments}). A volunteer knows the first names of those children and of no others, so any other
	 * id is not found.
	 */
	@Transactional(readOnly = true)
	public Optional<ChildCard> cardOfAssigned(CurrentUser user, UUID id) {
		if (user.hasRole(Role.VOLUNTEER) && !user.hasAnyRole(Role.staff())
				&& !assignments.getIfAvailable(() -> SessionAssignments.NONE).assignedToSessionOf(user.id(), id)) {
			return Optional.empty();
		}
		return cards(user, List.of(id)).stream().findFirst();
	}

	/**
	 * Whether a guardian's consent for this purpose is in force for a child of the organisation (an erased or unknown
	 * child has none): for a module that acts on the consent, such as the child's own login. Nothing is opened.
	 */
	@Transactional(readOnly = true)
	public boolean allows(UUID organisationId, UUID childId, ConsentPurpose purpose) {
		return children.findByIdAndOrganisationId(childId, organisationId)
			.filter(it -> it.getStatus() != ChildStatus.ERASED)
			.map(it -> it.allows(purpose))
			.orElse(false);
	}

	/**
	 * The first name and date of birth of a child of the organisation, nothing else: for a module that has already
	 * decided the caller may know them (the network module, for the PARTNER a referral is addressed to).
	 */
	@Transactional(readOnly = true)
	public ChildCard partnerCard(UUID organisationId, UUID childId) {
		return partnerCards(organisationId, List.of(childId)).stream().findFirst().orElseThrow(NotFound::new);
	}

	/**
	 * {@link #partnerCard} for several children at once, in one query, in the order of the ids; children of another
	 * organisation, erased ones and unknown ids are left out. For the kiosk, which shows the first names of the children
	 * present at its session.
	 */
	@Transactional(readOnly = true)
	public List<ChildCard> partnerCards(UUID organisationId, Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		var found = new HashMap<UUID, ChildCard>();
		for (var facts : store.cardFacts(organisationId, ids)) {
			found.put(facts.id(), new ChildCard(facts.id(), facts.firstName(), null, facts.dateOfBirth(),
					Gender.NOT_RECORDED, null, facts.status() == ChildStatus.ACTIVE, false, false, false));
		}
		return ids.stream().distinct().map(found::get).filter(Objects::nonNull).toList();
	}

	/**
	 * A child's health information and who to call, for someone who may see it (staff, the child's guardians, a
	 * volunteer on one of the child's sessions); the read is logged, and so is a refusal.
	 */
	@Transactional(noRollbackFor = AccessDeniedException.class)
	public SafetySheet safetySheet(CurrentUser user, UUID childId) {
		var child = records.editable(user, childId);
		var details = safety.safety(user, child);
		var contacts = new java.util.ArrayList<SafetySheet.Contact>();
		child.getContacts().forEach(contact -> contacts.add(new SafetySheet.Contact(contact.name(),
				contact.relation() == null ? "" : contact.relation(), contact.phone())));
		guardians(child).stream().filter(guardian -> guardian.getPhone() != null)
			.forEach(guardian -> contacts.add(new SafetySheet.Contact(guardian.getName(), "guardian", guardian.getPhone())));
		return new SafetySheet(child.getId(), child.getFirstName(), details, contacts);
	}

	/**
	 * Where to tell a child's guardians something about the programme: the e-mail addresses and languages of the
	 * guardians who have one. For the programme's own mails (a place freed up, a session cancelled).
	 */
	@Transactional(readOnly = true)
	public List<MailAddress> guardianAddresses(UUID organisationId, UUID childId) {
		return children.findByIdAndOrganisationId(childId, organisationId)
			.filter(it -> it.getStatus() != ChildStatus.ERASED)
			.map(child -> guardians(child).stream().filter(guardian -> guardian.getEmail() != null)
				.map(guardian -> new MailAddress(guardian.getEmail(), guardian.getPreferredLanguage(), child.getFirstName()))
				.toList())
			.orElse(List.of());
	}

	/** A guardian's e-mail address, their language, and the first name of the child the mail is about. */
	public record MailAddress(String email, String language, String childFirstName) {
	}

	@Transactional(readOnly = true)
	public List<Guardian> guardians(Child child) {
		return guardians.findAllById(child.getGuardians().stream().map(GuardianLink::guardianId).toList()).stream()
			.sorted(java.util.Comparator.comparing(Guardian::getName))
			.toList();
	}

	/** The children a PARENT is a guardian of. */
	@Transactional(readOnly = true)
	public List<Child> childrenOf(CurrentUser parent) {
		var own = guardians.findByAppUserId(parent.id()).stream()
			.filter(guardian -> guardian.getOrganisationId().equals(parent.organisationId()))
			.map(Guardian::getId)
			.toList();
		return own.isEmpty() ? List.of() : children.findByGuardians(own);
	}

	/** The guardian record of a PARENT user, if a worker linked one. */
	@Transactional(readOnly = true)
	public Optional<Guardian> guardianOf(CurrentUser parent) {
		return records.guardianOf(parent);
	}

	public boolean isGuardianOf(CurrentUser user, Child child) {
		return records.isGuardianOf(user, child);
	}

	/**
	 * Records a consent (see {@link ChildConsents#giveConsent}): here for the modules that record one as part of
	 * their own work, as a referral does.
	 */
	public Consent giveConsent(CurrentUser user, UUID childId, ConsentRequest request) {
		return consents.giveConsent(user, childId, request);
	}

	/**
	 * Which of the given children of the organisation have a guardian's consent in force for the purpose (an erased
	 * child or another organisation's child never has): for a module that keeps something only with that consent, as
	 * participation's project photos do with PHOTOS_INTERNAL. Nothing is opened, so nothing is logged.
	 */
	@Transactional(readOnly = true)
	public Set<UUID> allowing(UUID organisationId, Collection<UUID> ids, ConsentPurpose purpose) {
		return ids.isEmpty() ? Set.of() : store.allowing(organisationId, ids, purpose);
	}

	/**
	 * Whether a text names a child of the organisation: a first name, a last name (with or without its prefix, such as
	 * 'van der') or a whole name, as a whole word, without regard to case or accents, leaving out names of two letters
	 * or fewer. For moderating children's public texts; it says yes or no, never which child. Only the names that share a
	 * word with the text are read ({@link ChildStore#namesSharingWords}), never the whole registry.
	 */
	@Transactional(readOnly = true)
	public boolean namesAChild(UUID organisationId, String text) {
		var normalised = " " + ChildNames.words(text) + " ";
		var words = java.util.Arrays.stream(normalised.strip().split(" "))
			.filter(word -> word.length() >= ChildNames.SHORTEST_FLAGGED)
			.distinct()
			.toList();
		for (int from = 0; from < words.size(); from += ChildNames.MOST_WORDS) {
			var batch = words.subList(from, Math.min(words.size(), from + ChildNames.MOST_WORDS));
			if (store.namesSharingWords(organisationId, batch).stream()
				.anyMatch(name -> ChildNames.namedIn(normalised, name[0], name[1]))) {
				return true;
			}
		}
		return false;
	}
}
