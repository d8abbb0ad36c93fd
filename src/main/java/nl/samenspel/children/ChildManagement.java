package nl.samenspel.children;

import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditQuery;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Encryption;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.NotFound;
import nl.samenspel.kernel.Role;
import nl.samenspel.kernel.SearchTerm;
import nl.samenspel.organisation.InvitationDetails;
import nl.samenspel.organisation.OrganisationManagement;
import nl.samenspel.organisation.UserManagement;

/**
 * The registry of children, for the people who may use it. Staff (COORDINATOR, WORKER; SAFEGUARDING_OFFICER reads)
 * see every child of their organisation; a PARENT sees only the children they are a guardian of. Health
 * information is opened only for COORDINATOR and WORKER, the child's own guardians, and a VOLUNTEER assigned to a
 * session of the child ({@link SessionAssignments}). Every read of a record and of health information is written to
 * the audit log; parents see who read their child's record.
 */
@Service
@Transactional
public class ChildManagement {

	static final Set<Role> EDITORS = EnumSet.of(Role.COORDINATOR, Role.WORKER);

	private final Children children;
	private final Guardians guardians;
	private final ConsentTexts texts;
	private final Encryption encryption;
	private final AuditLog audit;
	private final OrganisationManagement organisations;
	private final UserManagement users;
	private final ObjectProvider<SessionAssignments> assignments;
	private final JdbcClient jdbc;
	private final Clock clock;
	private final List<ErasureHold> holds;
	private final PhotoStorage photos;
	private final ObjectProvider<ReadsWithheld> withheld;

	ChildManagement(Children children, Guardians guardians, ConsentTexts texts, Encryption encryption, AuditLog audit,
			OrganisationManagement organisations, UserManagement users, ObjectProvider<SessionAssignments> assignments,
			JdbcClient jdbc, Clock clock, List<ErasureHold> holds, PhotoStorage photos,
			ObjectProvider<ReadsWithheld> withheld) {
		this.withheld = withheld;
		this.holds = holds;
		this.photos = photos;
		this.children = children;
		this.guardians = guardians;
		this.texts = texts;
		this.encryption = encryption;
		this.audit = audit;
		this.organisations = organisations;
		this.users = users;
		this.assignments = assignments;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	// reading

	/** Staff search the registry; names match without regard to accents or case. */
	@Transactional(readOnly = true)
	public Page<ChildSummary> search(CurrentUser user, ChildQuery query, Pageable pageable) {
		requireAny(user, Role.STAFF);
		var where = new ArrayList<String>();
		var params = new HashMap<String, Object>();
		where.add("organisation_id = :organisation and status <> 'ERASED'");
		params.put("organisation", user.organisationId());
		var name = Child.searchable(SearchTerm.of(query.name()));
		if (!name.isEmpty()) {
			where.add("search_name like :name");
			params.put("name", "%" + name.replace("%", "").replace("_", "") + "%");
		}
		var today = today();
		if (query.minAge() != null) {
			where.add("date_of_birth <= :bornBefore");
			params.put("bornBefore", Date.valueOf(today.minusYears(Math.max(0, query.minAge()))));
		}
		if (query.maxAge() != null) {
			where.add("date_of_birth > :bornAfter");
			params.put("bornAfter", Date.valueOf(today.minusYears(Math.min(100, query.maxAge()) + 1L)));
		}
		if (query.neighbourhoodId() != null) {
			where.add("neighbourhood_id = :neighbourhood");
			params.put("neighbourhood", query.neighbourhoodId());
		}
		var school = SearchTerm.of(query.school());
		if (!school.isEmpty()) {
			where.add("lower(school) like :school");
			params.put("school", "%" + school.toLowerCase(java.util.Locale.ROOT) + "%");
		}
		if (query.pendingOnly()) {
			where.add("status = 'PENDING'");
		}
		if (query.underReview()) {
			where.add("review_since is not null");
		}
		var condition = String.join(" and ", where);
		long total = jdbc.sql("select count(*) from child where " + condition).params(params).query(Long.class).single();
		var rows = jdbc.sql("select id, first_name, last_name, date_of_birth, neighbourhood_id, school, status from child where "
				+ condition + " order by search_name, date_of_birth limit :limit offset :offset")
			.params(params)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query((rs, n) -> {
				var born = rs.getDate("date_of_birth").toLocalDate();
				return new ChildSummary(rs.getObject("id", UUID.class), rs.getString("first_name"),
						rs.getString("last_name"), born, java.time.Period.between(born, today).getYears(),
						rs.getObject("neighbourhood_id", UUID.class), rs.getString("school"),
						ChildStatus.valueOf(rs.getString("status")));
			})
			.list();
		return new PageImpl<>(rows, pageable, total);
	}

	/** A child's record, for staff of the organisation or the child's own guardian; the read is logged. */
	public Child child(CurrentUser user, UUID id) {
		var child = children.findByIdAndOrganisationId(id, user.organisationId())
			.filter(it -> it.getStatus() != ChildStatus.ERASED)
			.orElseThrow(NotFound::new);
		if (!user.hasAnyRole(Role.staff()) && !isGuardianOf(user, child)) {
			throw new NotFound();
		}
		audit.record(AuditAction.READ, "child", child.getId(), AuditResult.SUCCESS);
		return child;
	}

	/** Whether this user may see the child's health information. */
	public boolean maySeeHealth(CurrentUser user, Child child) {
		if (user.hasAnyRole(Role.COORDINATOR, Role.WORKER) || isGuardianOf(user, child)) {
			return true;
		}
		return user.hasRole(Role.VOLUNTEER)
				&& assignments.getIfAvailable(() -> SessionAssignments.NONE).assignedToSessionOf(user.id(), child.getId());
	}

	/** The child's health information, opened for someone who may see it; the read (and a refusal) is logged. */
	@Transactional(noRollbackFor = AccessDeniedException.class)
	public SafetyDetails safety(CurrentUser user, Child child) {
		if (!maySeeHealth(user, child)) {
			audit.record(AuditAction.READ, "health", child.getId(), AuditResult.DENIED);
			throw new AccessDeniedException("no access to health information");
		}
		audit.record(AuditAction.READ, "health", child.getId(), AuditResult.SUCCESS);
		return opened(child.sealedSafety(), child.getId());
	}

	private SafetyDetails opened(@org.jspecify.annotations.Nullable SafetyInfo sealed, UUID owner) {
		if (sealed == null) {
			return SafetyDetails.NONE;
		}
		return new SafetyDetails(encryption.open(sealed.allergies(), owner), encryption.open(sealed.medication(), owner),
				encryption.open(sealed.diet(), owner), encryption.open(sealed.medicalNotes(), owner));
	}

	private SafetyInfo sealed(SafetyDetails details, UUID owner) {
		return new SafetyInfo(encryption.seal(details.allergies(), owner), encryption.seal(details.medication(), owner),
				encryption.seal(details.diet(), owner), encryption.seal(details.medicalNotes(), owner), now());
	}

	/**
	 * Cards for children of the user's organisation (erased ones left out), in the order asked. A PARENT gets only
	 * their own children; last names only go to staff; the safety flags only to those who may see the child's health
	 * information. Nothing is opened, so nothing is logged here: opening is {@link #safetySheet}.
	 */
	@Transactional(readOnly = true)
	public List<ChildCard> cards(CurrentUser user, java.util.Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		var staff = user.hasAnyRole(Role.staff());
		var parent = user.hasRole(Role.PARENT) && !staff;
		// the user's own children, looked up once: a parent sees only these, and their health flags
		var own = user.hasRole(Role.PARENT) ? Set.copyOf(childrenOf(user).stream().map(Child::getId).toList())
				: Set.<UUID>of();
		var editor = user.hasAnyRole(EDITORS.toArray(Role[]::new));
		var found = new HashMap<UUID, ChildCard>();
		for (var chunk : chunks(List.copyOf(new java.util.LinkedHashSet<>(ids)))) {
			jdbc.sql("""
					select c.id, c.first_name, c.last_name, c.date_of_birth, c.gender, c.neighbourhood_id, c.status,
					  exists (select 1 from consent k where k.child_id = c.id and k.purpose = 'REGISTRATION'
					          and k.withdrawn_at is null) as may_register,
					  exists (select 1 from safety_info s where s.child_id = c.id and (s.allergies is not null
					          or s.medication is not null or s.diet is not null)) as safety_notes,
					  exists (select 1 from emergency_contact e where e.child_id = c.id) as emergency_contact
					from child c where c.organisation_id = :organisation and c.status <> 'ERASED' and c.id in (:ids)""")
				.param("organisation", user.organisationId())
				.param("ids", chunk)
				.query((rs, n) -> {
					var id = rs.getObject("id", UUID.class);
					if (parent && !own.contains(id)) {
						return null;
					}
					var health = editor || own.contains(id) || (user.hasRole(Role.VOLUNTEER)
							&& assignments.getIfAvailable(() -> SessionAssignments.NONE).assignedToSessionOf(user.id(), id));
					return new ChildCard(id, rs.getString("first_name"), staff ? rs.getString("last_name") : null,
							rs.getDate("date_of_birth").toLocalDate(), Gender.valueOf(rs.getString("gender")),
							rs.getObject("neighbourhood_id", UUID.class),
							ChildStatus.valueOf(rs.getString("status")) == ChildStatus.ACTIVE,
							rs.getBoolean("may_register"), health && rs.getBoolean("safety_notes"),
							health && rs.getBoolean("emergency_contact"));
				})
				.list()
				.forEach(card -> {
					if (card != null) {
						found.put(card.id(), card);
					}
				});
		}
		return ids.stream().distinct().map(found::get).filter(java.util.Objects::nonNull).toList();
	}

	/**
	 * The first name and date of birth of a child of the organisation, nothing else: for a module that has already
	 * decided the caller may know them (the network module, for the PARTNER a referral is addressed to).
	 */
	@Transactional(readOnly = true)
	public ChildCard partnerCard(UUID organisationId, UUID childId) {
		var child = children.findByIdAndOrganisationId(childId, organisationId)
			.filter(it -> it.getStatus() != ChildStatus.ERASED)
			.orElseThrow(NotFound::new);
		return new ChildCard(child.getId(), child.getFirstName(), null, child.getDateOfBirth(), Gender.NOT_RECORDED, null,
				child.getStatus() == ChildStatus.ACTIVE, false, false, false);
	}

	private static List<List<UUID>> chunks(List<UUID> ids) {
		var chunks = new ArrayList<List<UUID>>();
		for (int from = 0; from < ids.size(); from += 500) {
			chunks.add(ids.subList(from, Math.min(ids.size(), from + 500)));
		}
		return chunks;
	}

	/**
	 * A child's health information and who to call, for someone who may see it (staff, the child's guardians, a
	 * volunteer on one of the child's sessions); the read is logged, and so is a refusal.
	 */
	@Transactional(noRollbackFor = AccessDeniedException.class)
	public SafetySheet safetySheet(CurrentUser user, UUID childId) {
		var child = children.findByIdAndOrganisationId(childId, user.organisationId())
			.filter(it -> it.getStatus() != ChildStatus.ERASED)
			.orElseThrow(NotFound::new);
		var safety = safety(user, child);
		var contacts = new ArrayList<SafetySheet.Contact>();
		child.getContacts().forEach(contact -> contacts.add(new SafetySheet.Contact(contact.name(),
				contact.relation() == null ? "" : contact.relation(), contact.phone())));
		guardians(child).stream().filter(guardian -> guardian.getPhone() != null)
			.forEach(guardian -> contacts.add(new SafetySheet.Contact(guardian.getName(), "guardian", guardian.getPhone())));
		return new SafetySheet(child.getId(), child.getFirstName(), safety, contacts);
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

	/** The text in force; writes the standard text as version 1 the first time, so not a read-only transaction. */
	public ConsentTexts.ConsentText consentText(UUID organisationId, ConsentPurpose purpose) {
		return texts.current(organisationId, purpose);
	}

	// parents

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
		return guardians.findByAppUserId(parent.id()).stream()
			.filter(guardian -> guardian.getOrganisationId().equals(parent.organisationId()))
			.findFirst();
	}

	public boolean isGuardianOf(CurrentUser user, Child child) {
		return user.hasRole(Role.PARENT) && guardians.findByAppUserId(user.id()).stream()
			.anyMatch(guardian -> child.isGuardian(guardian.getId()));
	}

	// changing

	/**
	 * Registers a child. Staff register directly; a PARENT's registration waits for a worker's approval, and the
	 * parent is linked as its guardian.
	 */
	public Child register(CurrentUser user, ChildDetails details) {
		var parent = user.hasRole(Role.PARENT) && !user.hasAnyRole(EDITORS.toArray(Role[]::new));
		if (!parent) {
			requireAny(user, EDITORS);
		}
		check(user, details);
		var child = new Child(user.organisationId(), details, parent ? ChildStatus.PENDING : ChildStatus.ACTIVE,
				user.id(), now());
		if (parent) {
			var guardian = guardianOf(user).orElseThrow(() -> new FieldRejected("firstName", "portal.error.noGuardian"));
			child.link(guardian.getId(), Relation.PARENT);
		}
		children.save(child);
		audit.record(AuditAction.CREATED, "child", child.getId(), AuditResult.SUCCESS);
		return child;
	}

	public Child update(CurrentUser user, UUID id, ChildDetails details) {
		requireAny(user, EDITORS);
		var child = editable(user, id);
		check(user, details);
		child.update(details);
		return save(child, "child");
	}

	/** Keeps a record listed for review: counts as activity, so the retention period starts again. */
	public Child keep(CurrentUser user, UUID id) {
		requireAny(user, EnumSet.of(Role.COORDINATOR));
		return save(editable(user, id), "child");
	}

	public Child approve(CurrentUser user, UUID id) {
		requireAny(user, EDITORS);
		var child = editable(user, id);
		child.approve();
		return save(child, "child");
	}

	/** Adds a new guardian to the child. */
	public Guardian addGuardian(CurrentUser user, UUID childId, GuardianDetails details) {
		requireAny(user, EDITORS);
		var child = editable(user, childId);
		var guardian = guardians.save(new Guardian(user.organisationId(), details, now()));
		child.link(guardian.getId(), details.relation());
		save(child, "child");
		audit.record(AuditAction.CREATED, "guardian", guardian.getId(), AuditResult.SUCCESS);
		return guardian;
	}

	/**
	 * Guardians the organisation already knows who may also be this child's: those of children with the same last
	 * name (brothers and sisters), not yet linked.
	 */
	@Transactional(readOnly = true)
	public List<Guardian> siblingGuardians(CurrentUser user, Child child) {
		requireAny(user, EDITORS);
		var ids = jdbc.sql("select distinct g.guardian_id from child_guardian g join child c on c.id = g.child_id "
				+ "where c.organisation_id = :o and c.id <> :id and c.status <> 'ERASED' and lower(c.last_name) = lower(:last)")
			.param("o", user.organisationId())
			.param("id", child.getId())
			.param("last", child.getLastName())
			.query(UUID.class)
			.list()
			.stream()
			.filter(id -> !child.isGuardian(id))
			.toList();
		return guardians.findAllById(ids).stream().sorted(java.util.Comparator.comparing(Guardian::getName)).toList();
	}

	/** Links a guardian the organisation already knows (a sibling's parent) to the child. */
	public void linkGuardian(CurrentUser user, UUID childId, UUID guardianId, Relation relation) {
		requireAny(user, EDITORS);
		var child = editable(user, childId);
		guardians.findByIdAndOrganisationId(guardianId, user.organisationId())
			.orElseThrow(() -> new FieldRejected("guardianId", "guardian.error.unknown"));
		child.link(guardianId, relation);
		save(child, "child");
	}

	public Guardian updateGuardian(CurrentUser user, UUID guardianId, GuardianDetails details) {
		var guardian = guardians.findByIdAndOrganisationId(guardianId, user.organisationId()).orElseThrow(NotFound::new);
		var own = user.hasRole(Role.PARENT) && user.id().equals(guardian.getAppUserId());
		if (!own) {
			requireAny(user, EDITORS);
		}
		guardian.update(details);
		guardians.save(guardian);
		audit.record(AuditAction.UPDATED, "guardian", guardianId, AuditResult.SUCCESS);
		return guardian;
	}

	/** Invites a guardian to the parent portal: a PARENT account, linked to the guardian once created. */
	public void inviteGuardian(CurrentUser user, UUID childId, UUID guardianId, String username) {
		requireAny(user, EDITORS);
		var child = editable(user, childId);
		if (!child.isGuardian(guardianId)) {
			throw new NotFound();
		}
		var guardian = guardians.findByIdAndOrganisationId(guardianId, user.organisationId()).orElseThrow(NotFound::new);
		if (guardian.getEmail() == null) {
			throw new FieldRejected("username", "guardian.error.noEmail");
		}
		if (guardian.getAppUserId() != null) {
			throw new FieldRejected("username", "guardian.error.hasAccount");
		}
		var account = users.inviteParent(user.organisationId(), new InvitationDetails(username, guardian.getName(),
				guardian.getEmail(), EnumSet.of(Role.PARENT), guardian.getPreferredLanguage()));
		guardian.linkAccount(account);
		guardians.save(guardian);
	}

	/**
	 * Records a consent. Staff record it for any of the child's guardians (on paper or spoken); a PARENT gives it
	 * in the portal, as themselves.
	 */
	public Consent giveConsent(CurrentUser user, UUID childId, ConsentRequest request) {
		var child = changeable(user, childId);
		var effective = request;
		if (!user.hasAnyRole(EDITORS.toArray(Role[]::new))) {
			var guardian = guardianOf(user).orElseThrow(NotFound::new);
			effective = new ConsentRequest(guardian.getId(), request.purpose(), ConsentMethod.PORTAL);
		}
		var text = texts.current(user.organisationId(), effective.purpose());
		var consent = child.giveConsent(effective, text.version(), now(), user.id());
		save(child, "consent");
		return consent;
	}

	public void withdrawConsent(CurrentUser user, UUID childId, UUID consentId) {
		var child = changeable(user, childId);
		child.withdrawConsent(consentId, now(), user.id());
		if (!child.allows(ConsentPurpose.PHOTOS_INTERNAL)) {
			removePhoto(child);
		}
		save(child, "consent");
	}

	// photos

	/** JPEG or PNG, at most 2 MB. */
	static final int MAX_PHOTO_BYTES = 2 * 1024 * 1024;

	/** Keeps a photo of the child, which is allowed only while a guardian's consent for internal photos stands. */
	public void uploadPhoto(CurrentUser user, UUID childId, byte[] content) {
		requireAny(user, EDITORS);
		var child = editable(user, childId);
		if (!child.allows(ConsentPurpose.PHOTOS_INTERNAL)) {
			throw new FieldRejected("photo", "photo.error.noConsent");
		}
		if (content.length == 0 || content.length > MAX_PHOTO_BYTES || imageType(content) == null) {
			throw new FieldRejected("photo", "photo.error.format");
		}
		var cleaned = withoutMetadata(content);
		removePhoto(child);
		var key = UUID.randomUUID().toString();
		photos.put(key, cleaned);
		child.photo(key);
		save(child, "photo");
	}

	/** The child's photo, only while consent for it stands; reading it is logged like the record. */
	public Optional<Photo> photo(CurrentUser user, UUID childId) {
		var child = child(user, childId);
		if (child.getPhotoKey() == null || !child.allows(ConsentPurpose.PHOTOS_INTERNAL)) {
			return Optional.empty();
		}
		return photos.get(child.getPhotoKey()).map(bytes -> new Photo(bytes, imageType(bytes)));
	}

	/** A photo and its media type. */
	public record Photo(byte[] content, @org.jspecify.annotations.Nullable String mediaType) {
	}

	private void removePhoto(Child child) {
		if (child.getPhotoKey() != null) {
			photos.delete(child.getPhotoKey());
			child.photo(null);
		}
	}

	/**
	 * The image drawn again from its pixels, so nothing of the original file's metadata survives: no EXIF, no GPS
	 * position of where the photo was taken, no camera or owner name.
	 */
	static byte[] withoutMetadata(byte[] content) {
		try {
			var image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(content));
			if (image == null) {
				throw new FieldRejected("photo", "photo.error.format");
			}
			var format = "image/png".equals(imageType(content)) ? "png" : "jpg";
			if ("jpg".equals(format) && image.getColorModel().hasAlpha()) {
				var opaque = new java.awt.image.BufferedImage(image.getWidth(), image.getHeight(),
						java.awt.image.BufferedImage.TYPE_INT_RGB);
				opaque.createGraphics().drawImage(image, 0, 0, null);
				image = opaque;
			}
			var out = new java.io.ByteArrayOutputStream();
			javax.imageio.ImageIO.write(image, format, out);
			return out.toByteArray();
		}
		catch (java.io.IOException | RuntimeException e) {
			if (e instanceof FieldRejected rejected) {
				throw rejected;
			}
			throw new FieldRejected("photo", "photo.error.format");
		}
	}

	/** The media type by the file's first bytes, not by what the browser claims. */
	static @org.jspecify.annotations.Nullable String imageType(byte[] content) {
		if (content.length > 3 && (content[0] & 0xff) == 0xff && (content[1] & 0xff) == 0xd8 && (content[2] & 0xff) == 0xff) {
			return "image/jpeg";
		}
		if (content.length > 8 && (content[0] & 0xff) == 0x89 && content[1] == 'P' && content[2] == 'N' && content[3] == 'G') {
			return "image/png";
		}
		return null;
	}

	public void recordAssent(CurrentUser user, UUID childId, AssentRequest request) {
		requireAny(user, EDITORS);
		var child = editable(user, childId);
		child.recordAssent(request, now(), user.id());
		save(child, "assent");
	}

	/** Replaces the child's health information; stored sealed for this child. */
	public void updateSafety(CurrentUser user, UUID childId, SafetyDetails details) {
		var child = changeable(user, childId);
		child.seal(sealed(details, childId));
		save(child, "health");
	}

	public void addContact(CurrentUser user, UUID childId, ContactDetails details) {
		var child = changeable(user, childId);
		child.addContact(details);
		save(child, "child");
	}

	public void removeContact(CurrentUser user, UUID childId, UUID contactId) {
		var child = changeable(user, childId);
		child.removeContact(contactId);
		save(child, "child");
	}

	// duplicates and merging

	/**
	 * Other records that may be the same child: the same date of birth and the same or a very similar name (at most
	 * two letters different, accents and case ignored).
	 */
	@Transactional(readOnly = true)
	public List<ChildSummary> possibleDuplicates(CurrentUser user, Child child) {
		requireAny(user, Role.STAFF);
		var today = today();
		var target = Child.searchable(child.getName());
		return jdbc.sql("select id, first_name, last_name, search_name, date_of_birth, neighbourhood_id, school, status "
				+ "from child where organisation_id = :organisation and date_of_birth = :born and id <> :id "
				+ "and status <> 'ERASED'")
			.param("organisation", user.organisationId())
			.param("born", Date.valueOf(child.getDateOfBirth()))
			.param("id", child.getId())
			.query((rs, n) -> similar(rs.getString("search_name"), target)
					? new ChildSummary(rs.getObject("id", UUID.class), rs.getString("first_name"), rs.getString("last_name"),
							rs.getDate("date_of_birth").toLocalDate(),
							java.time.Period.between(rs.getDate("date_of_birth").toLocalDate(), today).getYears(),
							rs.getObject("neighbourhood_id", UUID.class), rs.getString("school"),
							ChildStatus.valueOf(rs.getString("status")))
					: null)
			.list()
			.stream()
			.filter(java.util.Objects::nonNull)
			.toList();
	}

	static boolean similar(String a, String b) {
		return distance(a, b) <= 2;
	}

	/** The Levenshtein distance: how many letters to add, remove or change to turn one name into the other. */
	static int distance(String a, String b) {
		var previous = new int[b.length() + 1];
		var current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				var cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
			}
			var swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

	/**
	 * Makes two records of the same child one: the duplicate's guardians, consents, the child's say and contacts move
	 * to the survivor (its health information too, when the survivor has none), and the duplicate is removed. Only a
	 * COORDINATOR merges; the merge is audited on both ids.
	 */
	public Child merge(CurrentUser user, UUID survivorId, UUID duplicateId) {
		requireAny(user, EnumSet.of(Role.COORDINATOR));
		if (survivorId.equals(duplicateId)) {
			throw new FieldRejected("duplicateId", "children.merge.self");
		}
		var survivor = editable(user, survivorId);
		var duplicate = children.findByIdAndOrganisationId(duplicateId, user.organisationId())
			.filter(it -> it.getStatus() != ChildStatus.ERASED)
			.orElseThrow(() -> new FieldRejected("duplicateId", "children.merge.unknown"));
		var duplicateSafety = duplicate.sealedSafety();
		survivor.absorb(duplicate);
		if (survivor.sealedSafety() == null && duplicateSafety != null) {
			// sealed for the duplicate's id: sealed again for the survivor's
			survivor.seal(sealed(opened(duplicateSafety, duplicateId), survivorId));
		}
		if (survivor.getPhotoKey() == null && duplicate.getPhotoKey() != null) {
			survivor.photo(duplicate.getPhotoKey());
		}
		else {
			removePhoto(duplicate);
		}
		children.delete(duplicate);
		survivor.touch(now());
		children.save(survivor);
		audit.record(AuditAction.MERGED, "child", survivorId, AuditResult.SUCCESS);
		audit.record(AuditAction.MERGED, "child", duplicateId, AuditResult.SUCCESS);
		return survivor;
	}

	// privacy rights

	/**
	 * Everything held about one child, for an access request (AVG art. 15); the export is audited. Its access log
	 * leaves out what {@link ReadsWithheld} holds back while a Meldcode case is open, as the portal does.
	 */
	public ChildExport export(CurrentUser user, UUID id) {
		requireAny(user, EnumSet.of(Role.COORDINATOR));
		var child = editable(user, id);
		var guardianList = guardians(child);
		var safety = opened(child.sealedSafety(), id);
		var reads = audit.search(user.organisationId(), new AuditQuery(null, null, id.toString(), null, null, null),
				org.springframework.data.domain.PageRequest.of(0, 1000)).getContent();
		var restrictions = withheld.getIfAvailable(() -> ReadsWithheld.NONE).restrictions(user.organisationId(), id);
		reads = reads.stream().filter(entry -> !ReadLog.withheld(entry, restrictions)).toList();
		audit.record(AuditAction.EXPORTED, "child", id, AuditResult.SUCCESS);
		return new ChildExport(id, child.getFirstName(), child.getLastName(), child.getDateOfBirth(), child.getGender(),
				child.getNeighbourhoodId(), child.getPostcode(), child.getSchool(), child.getHomeLanguages(),
				child.getStatus(), child.getCreatedAt(), guardianList.stream()
					.map(g -> new ChildExport.GuardianData(g.getName(), g.getPhone(), g.getEmail(), g.getPreferredLanguage()))
					.toList(),
				child.consentHistory(), List.copyOf(child.assents()), child.getContacts(), safety,
				reads.stream().map(e -> new ChildExport.AccessData(e.occurredAt(), e.username(), e.roles(), e.action().name(),
						e.objectType())).toList());
	}

	/**
	 * Erases a child on request: every personal detail goes, guardians with no other child too; the neighbourhood,
	 * gender and year of birth stay for anonymous statistics. Refused while an {@link ErasureHold} holds (a Meldcode
	 * procedure).
	 */
	public void erase(CurrentUser user, UUID id) {
		requireAny(user, EnumSet.of(Role.COORDINATOR));
		var child = editable(user, id);
		erase(child);
		audit.record(AuditAction.ERASED, "child", id, AuditResult.SUCCESS);
	}

	void erase(Child child) {
		for (var hold : holds) {
			if (hold.holds(child.getId())) {
				throw new FieldRejected("status", "children.erase.held");
			}
		}
		var former = child.getGuardians().stream().map(GuardianLink::guardianId).toList();
		removePhoto(child);
		child.erase(now());
		children.save(child);
		for (var guardianId : former) {
			if (children.findByGuardians(List.of(guardianId)).isEmpty()) {
				guardians.deleteById(guardianId);
			}
		}
	}

	// rules

	private void check(CurrentUser user, ChildDetails details) {
		ChildDetailsRules.dateOfBirthProblem(details.dateOfBirth(), today()).ifPresent(problem -> {
			throw new FieldRejected("dateOfBirth", problem);
		});
		if (details.neighbourhoodId() != null) {
			try {
				organisations.neighbourhood(user.organisationId(), details.neighbourhoodId());
			}
			catch (NotFound e) {
				throw new FieldRejected("neighbourhoodId", "validation.neighbourhood.unknown");
			}
		}
	}

	/** A child staff may change. */
	private Child editable(CurrentUser user, UUID id) {
		return children.findByIdAndOrganisationId(id, user.organisationId())
			.filter(it -> it.getStatus() != ChildStatus.ERASED)
			.orElseThrow(NotFound::new);
	}

	/** A child this user may change consents, safety and contacts of: staff, or the child's own guardian. */
	private Child changeable(CurrentUser user, UUID id) {
		var child = editable(user, id);
		if (user.hasAnyRole(EDITORS.toArray(Role[]::new)) || isGuardianOf(user, child)) {
			return child;
		}
		throw new NotFound();
	}

	private Child save(Child child, String objectType) {
		child.touch(now());
		children.save(child);
		audit.record(AuditAction.UPDATED, objectType, child.getId(), AuditResult.SUCCESS);
		return child;
	}

	private static void requireAny(CurrentUser user, Set<Role> roles) {
		if (!user.hasAnyRole(roles.toArray(Role[]::new))) {
			throw new AccessDeniedException("role");
		}
	}

	private Instant now() {
		return Instant.now(clock);
	}

	private LocalDate today() {
		return ChildDetailsRules.today(clock);
	}
}
