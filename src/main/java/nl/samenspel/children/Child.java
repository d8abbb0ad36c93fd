package nl.samenspel.children;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import nl.samenspel.kernel.FieldRejected;

/**
 * A child an organisation serves: who they are, where they live (a neighbourhood or a 4-digit postcode, never an
 * address), their guardians, the consents the guardians gave and the child's own assent, emergency contacts and
 * (sealed) health information. The rules of consent and assent are in {@link ConsentRegister}, over the collections
 * kept here.
 */
@Table("child")
public class Child {

	private final @Id UUID id;
	private @Version Long version;
	private final UUID organisationId;
	private String firstName;
	private String lastName;
	private String searchName;
	private LocalDate dateOfBirth;
	private Gender gender;
	private @Nullable UUID neighbourhoodId;
	private @Nullable String postcode;
	private @Nullable String school;
	private @Nullable String homeLanguages;
	private ChildStatus status;
	private final @Nullable UUID registeredBy;
	private final Instant createdAt;
	private Instant lastActivityAt;
	private @Nullable Instant reviewSince;
	private @Nullable String photoKey;
	private final @MappedCollection(idColumn = "child_id") Set<GuardianLink> guardians;
	private final @MappedCollection(idColumn = "child_id") Set<Consent> consents;
	private final @MappedCollection(idColumn = "child_id") Set<Assent> assents;
	private final @MappedCollection(idColumn = "child_id") Set<EmergencyContact> contacts;
	private @MappedCollection(idColumn = "child_id") @Nullable SafetyInfo safety;

	Child(UUID organisationId, ChildDetails details, ChildStatus status, @Nullable UUID registeredBy, Instant now) {
		this(UUID.randomUUID(), null, organisationId, "", "", "", details.dateOfBirth(), Gender.NOT_RECORDED, null, null,
				null, null, status, registeredBy, now, now, null, null, new HashSet<>(), new HashSet<>(), new HashSet<>(),
				new HashSet<>(), null);
		update(details);
	}

	@PersistenceCreator
	private Child(UUID id, Long version, UUID organisationId, String firstName, String lastName, String searchName,
			LocalDate dateOfBirth, Gender gender, @Nullable UUID neighbourhoodId, @Nullable String postcode,
			@Nullable String school, @Nullable String homeLanguages, ChildStatus status, @Nullable UUID registeredBy,
			Instant createdAt, Instant lastActivityAt, @Nullable Instant reviewSince, @Nullable String photoKey,
			Set<GuardianLink> guardians, Set<Consent> consents, Set<Assent> assents, Set<EmergencyContact> contacts,
			@Nullable SafetyInfo safety) {
		this.id = id;
		this.version = version;
		this.organisationId = organisationId;
		this.firstName = firstName;
		this.lastName = lastName;
		this.searchName = searchName;
		this.dateOfBirth = dateOfBirth;
		this.gender = gender;
		this.neighbourhoodId = neighbourhoodId;
		this.postcode = postcode;
		this.school = school;
		this.homeLanguages = homeLanguages;
		this.status = status;
		this.registeredBy = registeredBy;
		this.createdAt = createdAt;
		this.lastActivityAt = lastActivityAt;
		this.reviewSince = reviewSince;
		this.photoKey = photoKey;
		this.guardians = new HashSet<>(guardians);
		this.consents = new HashSet<>(consents);
		this.assents = new HashSet<>(assents);
		this.contacts = new HashSet<>(contacts);
		this.safety = safety;
	}

	void update(ChildDetails details) {
		this.firstName = details.firstName().strip();
		this.lastName = details.lastName().strip();
		this.searchName = ChildNames.searchable(firstName + " " + lastName);
		this.dateOfBirth = details.dateOfBirth();
		this.gender = details.gender() == null ? Gender.NOT_RECORDED : details.gender();
		this.neighbourhoodId = details.neighbourhoodId();
		this.postcode = details.postcode() == null || details.postcode().isBlank() ? null : details.postcode().strip();
		this.school = blankToNull(details.school());
		this.homeLanguages = blankToNull(details.homeLanguages());
	}

	void link(UUID guardianId, Relation relation) {
		guardians.removeIf(link -> link.guardianId().equals(guardianId));
		guardians.add(new GuardianLink(guardianId, relation));
	}

	Consent giveConsent(ConsentRequest request, int textVersion, Instant at, @Nullable UUID recordedBy) {
		if (!isGuardian(request.guardianId())) {
			throw new FieldRejected("guardianId", "consent.error.notGuardian");
		}
		return register().give(request, textVersion, at, recordedBy);
	}

	/** The consent, when this withdrew it; nothing when it was withdrawn already. */
	Optional<Consent> withdrawConsent(UUID consentId, Instant at, @Nullable UUID by) {
		return register().withdraw(consentId, at, by);
	}

	void recordAssent(AssentRequest request, Instant at, @Nullable UUID by) {
		register().recordAssent(request, at, by);
	}

	private ConsentRegister register() {
		return new ConsentRegister(consents, assents);
	}

	void seal(SafetyInfo sealed) {
		this.safety = sealed;
	}

	void addContact(ContactDetails details) {
		contacts.add(new EmergencyContact(UUID.randomUUID(), details.name().strip(), blankToNull(details.relation()),
				details.phone().strip()));
	}

	void removeContact(UUID contactId) {
		contacts.removeIf(contact -> contact.id().equals(contactId));
	}

	void approve() {
		if (status == ChildStatus.PENDING) {
			status = ChildStatus.ACTIVE;
		}
	}

	/**
	 * Removes everything that identifies the child, keeping what anonymous statistics need: the neighbourhood, the
	 * gender and the year of birth (as 1 July of that year, for age bands).
	 */
	void erase(Instant now) {
		firstName = "-";
		lastName = "-";
		searchName = "";
		dateOfBirth = LocalDate.of(dateOfBirth.getYear(), 7, 1);
		postcode = null;
		school = null;
		homeLanguages = null;
		status = ChildStatus.ERASED;
		guardians.clear();
		consents.clear();
		assents.clear();
		contacts.clear();
		safety = null;
		photoKey = null;
		lastActivityAt = now;
		reviewSince = null;
	}

	/** Takes over another record of the same child: its guardians, consents, the child's say and contacts. */
	void absorb(Child duplicate) {
		duplicate.guardians.forEach(link -> {
			if (!isGuardian(link.guardianId())) {
				guardians.add(link);
			}
		});
		consents.addAll(duplicate.consents);
		assents.addAll(duplicate.assents);
		contacts.addAll(duplicate.contacts);
	}

	Set<Assent> assents() {
		return Set.copyOf(assents);
	}

	/** Something happened with the child: the retention period starts again and any review ends. */
	void touch(Instant now) {
		this.lastActivityAt = now;
		this.reviewSince = null;
	}

	public boolean isGuardian(@Nullable UUID guardianId) {
		return guardians.stream().anyMatch(link -> link.guardianId().equals(guardianId));
	}

	/** The consent in force for a purpose: the newest one not withdrawn. */
	public Optional<Consent> currentConsent(ConsentPurpose purpose) {
		return register().current(purpose);
	}

	public boolean allows(ConsentPurpose purpose) {
		return currentConsent(purpose).isPresent();
	}

	/** The child's newest say about a purpose. */
	public Optional<Assent> currentAssent(ConsentPurpose purpose) {
		return register().currentAssent(purpose);
	}

	/** Every consent ever given, newest first: the history a parent and an auditor can follow. */
	public List<Consent> consentHistory() {
		return register().history();
	}

	public int ageOn(LocalDate day) {
		return Period.between(dateOfBirth, day).getYears();
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	public UUID getId() {
		return id;
	}

	public Long getVersion() {
		return version;
	}

	public UUID getOrganisationId() {
		return organisationId;
	}

	public String getFirstName() {
		return firstName;
	}

	public String getLastName() {
		return lastName;
	}

	public String getName() {
		return firstName + " " + lastName;
	}

	public LocalDate getDateOfBirth() {
		return dateOfBirth;
	}

	public Gender getGender() {
		return gender;
	}

	public @Nullable UUID getNeighbourhoodId() {
		return neighbourhoodId;
	}

	public @Nullable String getPostcode() {
		return postcode;
	}

	public @Nullable String getSchool() {
		return school;
	}

	public @Nullable String getHomeLanguages() {
		return homeLanguages;
	}

	public ChildStatus getStatus() {
		return status;
	}

	public @Nullable UUID getRegisteredBy() {
		return registeredBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getLastActivityAt() {
		return lastActivityAt;
	}

	/** The key of the child's photo in the photo storage, if there is one (and consent for it). */
	public @Nullable String getPhotoKey() {
		return photoKey;
	}

	void photo(@Nullable String key) {
		this.photoKey = key;
	}

	/** Since when the record is listed for review because nothing happened with it for the retention period. */
	public @Nullable Instant getReviewSince() {
		return reviewSince;
	}

	public Set<GuardianLink> getGuardians() {
		return Set.copyOf(guardians);
	}

	public List<EmergencyContact> getContacts() {
		return contacts.stream().sorted(Comparator.comparing(EmergencyContact::name)).toList();
	}

	@Nullable SafetyInfo sealedSafety() {
		return safety;
	}
}
