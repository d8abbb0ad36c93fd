package nl.samenspel.participation;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.children.ChildManagement;
import nl.samenspel.children.ChildQuery;
import nl.samenspel.children.ChildSummary;
import nl.samenspel.children.ConsentPurpose;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.DutchTime;
import nl.samenspel.kernel.Encryption;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.NotFound;
import nl.samenspel.organisation.ChildAccounts;

/**
 * A child's own login (ages 8 to 12): a COORDINATOR or WORKER issues it when a guardian's consent {@code CHILD_LOGIN}
 * is recorded and the child is 8 to 12 (Dutch calendar), and revokes it; withdrawing the consent revokes it too
 * ({@code ChildLoginConsent}). The login is a code of {@value #CODE_LENGTH} characters on a printed card and four
 * pictures in order out of nine, shown once when issued and never again; the code is stored as a keyed hash
 * ({@link Encryption#lookupHash}), the pictures with the application's {@link PasswordEncoder}. The child signs in as
 * a passwordless CHILD account ({@link ChildAccounts}), throttled like every login. Issuing and revoking are audited.
 */
@Service
@Transactional
public class ChildLogins {

	/** Letters and digits that cannot be mistaken for one another (no 0/O, 1/I/L, 2/Z, 5/S, 6/G, 8/B). */
	static final String ALPHABET = "ACDEFHJKMNPRTUVWXY3479";
	static final int CODE_LENGTH = 8;
	public static final int PICTURE_COUNT = 4;
	static final String HASH_PURPOSE = "participation child login code";

	private static final SecureRandom RANDOM = new SecureRandom();

	/** A card to print: the code (in two groups of four) and the pictures in order. Shown once. */
	public record Card(UUID loginId, String firstName, String code, List<Pictogram> pictures) {
	}

	/** A line of the staff's list: a child of 8 to 12, whether the consent is given, and the active login. */
	public record Line(ChildSummary child, boolean consent, @Nullable ChildLogin login) {
	}

	private final ChildLoginStore store;
	private final ChildManagement children;
	private final ChildAccounts accounts;
	private final Encryption encryption;
	private final PasswordEncoder encoder;
	private final AuditLog audit;
	private final Clock clock;
	private final String noPictures;

	ChildLogins(ChildLoginStore store, ChildManagement children, ChildAccounts accounts, Encryption encryption,
			PasswordEncoder encoder, AuditLog audit, Clock clock) {
		this.store = store;
		this.children = children;
		this.accounts = accounts;
		this.encryption = encryption;
		this.encoder = encoder;
		this.audit = audit;
		this.clock = clock;
		// checked against when the code is unknown, so an unknown code takes as long as wrong pictures
		this.noPictures = encoder.encode("no login has these pictures");
	}

	/** How many children one page of the overview lists. */
	public static final int PAGE_SIZE = 50;

	/**
	 * A page of the organisation's children of 8 to 12 (by name when one is given), with the consent and the active
	 * login of each: three queries whatever the size of the organisation.
	 */
	@Transactional(readOnly = true)
	public org.springframework.data.domain.Page<Line> overview(CurrentUser user, @Nullable String name, int page) {
		Rounds.requireKeeper(user);
		var found = children.search(user, new ChildQuery(name == null || name.isBlank() ? null : name.strip(), 8, 12,
				null, null, false), PageRequest.of(Math.max(0, page), PAGE_SIZE));
		var ids = found.getContent().stream().map(ChildSummary::id).toList();
		Map<UUID, ChildLogin> logins = store.activeOf(user.organisationId(), ids).stream()
			.collect(Collectors.toMap(ChildLogin::childId, Function.identity()));
		var consenting = children.allowing(user.organisationId(), ids, ConsentPurpose.CHILD_LOGIN);
		return found.map(child -> new Line(child, consenting.contains(child.id()), logins.get(child.id())));
	}

	/**
	 * Issues a new login for a child of the organisation (an active one is revoked first): refused, and nothing
	 * saved, without the guardian's consent or outside the ages 8 to 12.
	 */
	public Card issue(CurrentUser user, UUID childId) {
		Rounds.requireKeeper(user);
		var card = children.partnerCard(user.organisationId(), childId);
		if (!ofLoginAge(card.dateOfBirth())) {
			throw new FieldRejected("childId", "participation.login.error.age");
		}
		if (!children.allows(user.organisationId(), childId, ConsentPurpose.CHILD_LOGIN)) {
			throw new FieldRejected("childId", "participation.login.error.consent");
		}
		store.activeOfChildLocked(user.organisationId(), childId)
			.ifPresent(old -> revoke(user.organisationId(), old, user.id()));
		var code = newCode();
		var pictures = new ArrayList<Pictogram>();
		for (int i = 0; i < PICTURE_COUNT; i++) {
			pictures.add(Pictogram.values()[RANDOM.nextInt(Pictogram.values().length)]);
		}
		var id = UUID.randomUUID();
		var account = accounts.open(user.organisationId(), card.firstName());
		try {
			store.insert(id, user.organisationId(), childId, account, code.hash(), encoder.encode(joined(pictures)),
					user.id(), clock.instant());
		}
		catch (DuplicateKeyException parallel) {
			// another worker issued one for this child at the same moment: theirs stands
			throw new FieldRejected("childId", "participation.login.error.busy");
		}
		audit.record(AuditLog.Actor.of(user), AuditAction.CREATED, "participation_child_login", id, AuditResult.SUCCESS);
		return new Card(id, card.firstName(), code.plain().substring(0, 4) + " " + code.plain().substring(4),
				List.copyOf(pictures));
	}

	/**
	 * The demo's login (demo mode only, {@code ChildLoginDemoData}): a fixed, documented code and pictures, so a new
	 * user can try the child's login. Nothing when the child has an active login already.
	 */
	void issueForDemo(CurrentUser user, UUID childId, String code, List<Pictogram> pictures) {
		if (!store.activeOf(user.organisationId(), List.of(childId)).isEmpty()) {
			return;
		}
		var plain = normalise(code);
		var card = children.partnerCard(user.organisationId(), childId);
		var account = accounts.open(user.organisationId(), card.firstName());
		var id = UUID.randomUUID();
		store.insert(id, user.organisationId(), childId, account, encryption.lookupHash(HASH_PURPOSE, plain),
				encoder.encode(joined(pictures)), user.id(), clock.instant());
		audit.record(AuditLog.Actor.of(user), AuditAction.CREATED, "participation_child_login", id, AuditResult.SUCCESS);
	}

	/**
	 * Whether the demo's card was issued already, to whichever child: the demo data runs at every start, also when
	 * another start (a second test context on the same database) has added children of 8 to 12 since.
	 */
	boolean demoCardIssued(String code) {
		return store.codeTaken(encryption.lookupHashes(HASH_PURPOSE, normalise(code)));
	}

	/** Revokes the child's active login, if any; a second revocation changes nothing. */
	public void revoke(CurrentUser user, UUID childId) {
		Rounds.requireKeeper(user);
		children.partnerCard(user.organisationId(), childId);
		store.activeOfChildLocked(user.organisationId(), childId)
			.ifPresent(login -> revoke(user.organisationId(), login, user.id()));
	}

	/** The guardian withdrew the consent: the child's login goes (idempotent: nothing when there is none). */
	void consentWithdrawn(UUID organisationId, UUID childId) {
		store.activeOfChildLocked(organisationId, childId).ifPresent(login -> revoke(organisationId, login, null));
	}

	/**
	 * The child was erased: the login goes and every CHILD account the child ever signed in as forgets the child's
	 * first name (idempotent: a second delivery finds nothing to change).
	 */
	void childErased(UUID organisationId, UUID childId) {
		consentWithdrawn(organisationId, childId);
		store.accountsOf(organisationId, childId).forEach(account -> accounts.forget(organisationId, account));
	}

	private void revoke(UUID organisationId, ChildLogin login, @Nullable UUID by) {
		if (store.revoke(organisationId, login.id(), by, clock.instant())) {
			var actor = by == null ? new AuditLog.Actor(organisationId, null, null, null)
					: new AuditLog.Actor(organisationId, by, null, null);
			audit.record(actor, AuditAction.DEACTIVATED, "participation_child_login", login.id(), AuditResult.SUCCESS);
		}
		accounts.close(organisationId, login.accountId());
	}

	/**
	 * A child signs in with the code and the four pictures: throttled per code and per address before anything is
	 * checked, the same answer for an unknown code, wrong pictures, a revoked login or a withdrawn consent.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public ChildAccounts.Outcome signIn(@Nullable String code, List<String> pictures, HttpServletRequest request,
			HttpServletResponse response) {
		var typed = normalise(code);
		var chosen = pictures.stream().map(Pictogram::of).toList();
		if (typed.length() != CODE_LENGTH || !typed.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)
				|| chosen.size() != PICTURE_COUNT || !chosen.stream().allMatch(Optional::isPresent)) {
			// no code, or not a code's form, or pictures missing: wrong whatever the login, so no guess to count
			return accounts.refuse();
		}
		var sequence = chosen.stream().map(Optional::orElseThrow).toList();
		return accounts.signIn(encryption.lookupHash(HASH_PURPOSE, typed), () -> check(typed, sequence), request,
				response);
	}

	private Optional<UUID> check(String code, List<Pictogram> pictures) {
		var login = store.activeByCode(encryption.lookupHashes(HASH_PURPOSE, code));
		var sequence = joined(pictures);
		var matches = encoder.matches(sequence, login.map(ChildLoginStore.Secret::picturesHash).orElse(noPictures));
		if (login.isEmpty() || !matches
				|| !children.allows(login.get().organisationId(), login.get().childId(), ConsentPurpose.CHILD_LOGIN)
				|| !ofLoginAge(children.partnerCard(login.get().organisationId(), login.get().childId()).dateOfBirth())) {
			return Optional.empty();
		}
		return Optional.of(login.get().accountId());
	}

	/**
	 * Whether a child born on the day is 8 to 12 today (Dutch calendar): when a login is issued, and at every sign-in,
	 * so that a card stops working when its child turns 13 (and drops off the staff's list of 8 to 12).
	 */
	private boolean ofLoginAge(java.time.LocalDate born) {
		var age = Period.between(born, DutchTime.today(clock)).getYears();
		return age >= 8 && age <= 12;
	}

	/**
	 * The active login a CHILD account signs in with (and so the child), if it is one of the organisation's and still
	 * holds as at sign-in: the guardian's consent in force and the child 8 to 12. So a session that began earlier (it may
	 * last eight hours) stops reaching the child's things on the child's thirteenth birthday, and as soon as the consent
	 * is withdrawn, before {@code ChildLoginConsent} has revoked the login.
	 */
	@Transactional(readOnly = true)
	public Optional<ChildLogin> loginOf(CurrentUser user) {
		return store.activeOfAccount(user.organisationId(), user.id())
			.filter(login -> children.allows(user.organisationId(), login.childId(), ConsentPurpose.CHILD_LOGIN)
					&& ofLoginAge(children.partnerCard(user.organisationId(), login.childId()).dateOfBirth()));
	}

	/** What a child may type: case, spaces and dashes do not matter; at most a little over a code is looked at. */
	static String normalise(@Nullable String code) {
		if (code == null) {
			return "";
		}
		var kept = code.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
		return kept.length() > 20 ? kept.substring(0, 20) : kept;
	}

	private record Code(String plain, String hash) {
	}

	private Code newCode() {
		for (int tries = 0;; tries++) {
			var code = new StringBuilder();
			for (int i = 0; i < CODE_LENGTH; i++) {
				code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
			}
			var hash = encryption.lookupHash(HASH_PURPOSE, code.toString());
			if (!store.codeTaken(hash) || tries > 10) {
				return new Code(code.toString(), hash);
			}
		}
	}

	static String joined(List<Pictogram> pictures) {
		return pictures.stream().map(Pictogram::name).collect(Collectors.joining(" "));
	}
}
