package nl.samenspel.participation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.Collator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.activities.Attendance;
import nl.samenspel.activities.Programme;
import nl.samenspel.activities.Session;
import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.children.ChildManagement;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.DutchTime;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.NotFound;
import nl.samenspel.organisation.UserNames;

/**
 * Kiosks: a COORDINATOR or WORKER opens a tablet for a session of the organisation today; the tablet gets a random
 * 256-bit token (a cookie), of which only the SHA-256 is stored. The kiosk shows the first names and avatars of the
 * children marked present at the session and lets them act through {@link ChildVoice} as {@link Channel#KIOSK}. It
 * takes input until the worker locks it (from any device of theirs), someone taps the lock on the kiosk, or the
 * session's end time plus the grace period ({@code samenspel.participation.kiosk-grace}, 30 minutes by default) has
 * passed. Every opening and locking is in the audit log: by the worker, or by {@code kiosk:<id>}.
 */
@Service
@Transactional
public class Kiosks {

	/** The animals a child may pick as their avatar: the key of its name and its pictogram. */
	public enum Avatar {
		FOX("\uD83E\uDD8A"), CAT("\uD83D\uDC31"), DOG("\uD83D\uDC36"), RABBIT("\uD83D\uDC30"), BEAR("\uD83D\uDC3B"),
		PANDA("\uD83D\uDC3C"), LION("\uD83E\uDD81"), FROG("\uD83D\uDC38"), OWL("\uD83E\uDD89"), TURTLE("\uD83D\uDC22"),
		UNICORN("\uD83E\uDD84"), DOLPHIN("\uD83D\uDC2C");

		private final String pictogram;

		Avatar(String pictogram) {
			this.pictogram = pictogram;
		}

		public String pictogram() {
			return pictogram;
		}

		/** The message key of the animal's name. */
		public String key() {
			return "participation.kiosk.avatar." + name().toLowerCase(Locale.ROOT);
		}

		static @Nullable Avatar of(@Nullable String name) {
			if (name == null) {
				return null;
			}
			for (var avatar : values()) {
				if (avatar.name().equals(name.strip())) {
					return avatar;
				}
			}
			return null;
		}
	}

	/** A kiosk just opened, with the token for the device's cookie (nowhere else). */
	public record Opened(Kiosk kiosk, String token) {
	}

	/** A kiosk in the staff's list: its session and when it closes by itself. */
	public record Listed(Kiosk kiosk, Session session) {
	}

	/** A child on the kiosk's list: the first name and the avatar (none before they picked one). */
	/**
	 * Where a question was asked on a kiosk: the session's activity, day and times, and who opened the kiosk (empty
	 * when that user is gone).
	 */
	public record Origin(String activity, LocalDate date, LocalTime startsAt, LocalTime endsAt, String openedBy) {
	}

	public record KioskChild(UUID id, String firstName, @Nullable Avatar avatar) {
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private final KioskStore store;
	private final Programme programme;
	private final Attendance attendance;
	private final ChildManagement children;
	private final AuditLog audit;
	private final Clock clock;
	private final Duration grace;
	private final UserNames userNames;

	Kiosks(KioskStore store, Programme programme, Attendance attendance, ChildManagement children, AuditLog audit,
			Clock clock, @Value("${samenspel.participation.kiosk-grace:PT30M}") Duration grace, UserNames userNames) {
		this.userNames = userNames;
		this.store = store;
		this.programme = programme;
		this.attendance = attendance;
		this.children = children;
		this.audit = audit;
		this.clock = clock;
		this.grace = grace;
	}

	// staff

	private LocalDate today() {
		return LocalDate.now(clock.withZone(DutchTime.ZONE));
	}

	/** The moment a session's kiosk closes by itself: the session's end on the Dutch clock, plus the grace period. */
	Instant closesAt(Session session) {
		return session.date().atTime(session.endsAt()).atZone(DutchTime.ZONE).toInstant().plus(grace);
	}

	/** Today's sessions of the organisation a kiosk can still be opened for (not cancelled, not closed yet). */
	@Transactional(readOnly = true)
	public List<Session> sessionsToday(CurrentUser user) {
		Rounds.requireKeeper(user);
		var now = clock.instant();
		return programme.sessionsBetween(user, today(), today()).stream()
			.filter(session -> !session.cancelled() && closesAt(session).isAfter(now))
			.sorted(Comparator.comparing(Session::startsAt).thenComparing(Session::title))
			.toList();
	}

	/** The organisation's kiosks that still take input. */
	@Transactional(readOnly = true)
	public List<Listed> openKiosks(CurrentUser user) {
		Rounds.requireKeeper(user);
		return store.open(user.organisationId(), clock.instant()).stream()
			.map(kiosk -> new Listed(kiosk, programme.session(user, kiosk.sessionId())))
			.toList();
	}

	/**
	 * Opens a kiosk for a session of the organisation that has begun today (or runs past midnight) and has not ended (another organisation's session is not
	 * found). The token goes to the device's cookie only; the database keeps its SHA-256.
	 */
	public Opened open(CurrentUser user, @Nullable UUID sessionId) {
		Rounds.requireKeeper(user);
		if (sessionId == null) {
			throw new FieldRejected("sessionId", "participation.kiosk.error.session");
		}
		var session = programme.session(user, sessionId);
		var now = clock.instant();
		var closes = closesAt(session);
		// today's session, or yesterday's that runs past midnight: until its end plus the grace period
		if (session.cancelled() || session.date().isAfter(today()) || !closes.isAfter(now)) {
			throw new FieldRejected("sessionId", "participation.kiosk.error.notToday");
		}
		var bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		var token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		var kiosk = new Kiosk(UUID.randomUUID(), user.organisationId(), session.id(), user.id(), now, closes, null);
		store.insert(kiosk, hash(token));
		audit.record(AuditLog.Actor.of(user), AuditAction.CREATED, "participation_kiosk", kiosk.id(), AuditResult.SUCCESS);
		return new Opened(kiosk, token);
	}

	/** A worker locks a kiosk of the organisation (locking a locked or closed one changes nothing). */
	public void lock(CurrentUser user, UUID kioskId) {
		Rounds.requireKeeper(user);
		var kiosk = store.find(user.organisationId(), kioskId).orElseThrow(NotFound::new);
		if (store.lock(kiosk.id(), user.id(), clock.instant())) {
			audit.record(AuditLog.Actor.of(user), AuditAction.UPDATED, "participation_kiosk", kiosk.id(),
					AuditResult.SUCCESS);
		}
	}

	// the kiosk itself

	/** The kiosk whose token the device holds, when it still takes input; empty for anything else. */
	@Transactional(readOnly = true)
	public Optional<Kiosk> byToken(@Nullable String token) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		var now = clock.instant();
		return store.byTokenHash(hash(token)).filter(kiosk -> kiosk.open(now));
	}

	/** The kiosk locks itself (the lock button on the tablet): always allowed, whoever taps it. */
	public void lockItself(Kiosk kiosk) {
		if (store.lock(kiosk.id(), null, clock.instant())) {
			audit.record(actor(kiosk), AuditAction.UPDATED, "participation_kiosk", kiosk.id(), AuditResult.SUCCESS);
		}
	}

	/** Where a kiosk of the organisation stood: its session and who opened it; for an urgent question's page. */
	@Transactional(readOnly = true)
	Optional<Origin> origin(UUID organisationId, UUID kioskId) {
		return store.find(organisationId, kioskId).map(kiosk -> {
			var session = session(kiosk);
			var openedBy = userNames.of(organisationId, List.of(kiosk.openedBy())).getOrDefault(kiosk.openedBy(), "");
			return new Origin(session.title(), session.date(), session.startsAt(), session.endsAt(), openedBy);
		});
	}

	/** The session the kiosk is open for. */
	@Transactional(readOnly = true)
	public Session session(Kiosk kiosk) {
		return attendance.presence(kiosk.organisationId(), kiosk.sessionId()).session();
	}

	/**
	 * The children marked present at the kiosk's session, by first name: what the kiosk shows to choose from. Before
	 * attendance is taken the list is empty; it follows the attendance list as a worker marks children present.
	 */
	@Transactional(readOnly = true)
	public List<KioskChild> children(Kiosk kiosk) {
		return gathering(kiosk).children();
	}

	/** The kiosk's session and the children present at it, from one look at the attendance: the name list. */
	public record Gathering(Session session, List<KioskChild> children) {
	}

	@Transactional(readOnly = true)
	public Gathering gathering(Kiosk kiosk) {
		var presence = attendance.presence(kiosk.organisationId(), kiosk.sessionId());
		return new Gathering(presence.session(), kioskChildren(kiosk, presence.present()));
	}

	/** One child present at the kiosk's session, with the session, from one look at the attendance. */
	public record AtSession(Session session, KioskChild child) {
	}

	@Transactional(readOnly = true)
	public AtSession atSession(Kiosk kiosk, UUID childId) {
		var presence = attendance.presence(kiosk.organisationId(), kiosk.sessionId());
		if (!presence.present().contains(childId)) {
			throw new NotFound();
		}
		var child = kioskChildren(kiosk, List.of(childId)).stream().findFirst().orElseThrow(NotFound::new);
		return new AtSession(presence.session(), child);
	}

	/** The names and avatars of these children, in one query each, by first name. */
	private List<KioskChild> kioskChildren(Kiosk kiosk, List<UUID> ids) {
		var avatars = store.avatars(kiosk.organisationId(), ids);
		var collator = Collator.getInstance(Locale.forLanguageTag("nl"));
		return children.partnerCards(kiosk.organisationId(), ids).stream()
			.map(card -> new KioskChild(card.id(), card.firstName(), Avatar.of(avatars.get(card.id()))))
			.sorted(Comparator.comparing(KioskChild::firstName, collator).thenComparing(KioskChild::id))
			.toList();
	}

	/** One of the children present at the kiosk's session; any other child is not found. */
	@Transactional(readOnly = true)
	public KioskChild child(Kiosk kiosk, UUID childId) {
		return kioskChildren(kiosk, List.of(present(kiosk, childId))).stream().findFirst().orElseThrow(NotFound::new);
	}

	/** The child's id when the child is marked present at the kiosk's session; any other child is not found. */
	private UUID present(Kiosk kiosk, UUID childId) {
		if (!attendance.presence(kiosk.organisationId(), kiosk.sessionId()).present().contains(childId)) {
			throw new NotFound();
		}
		return childId;
	}

	/** A child {@link #child} already found present, as a {@link Speaker}: no second look at the attendance. */
	public Speaker speaker(Kiosk kiosk, KioskChild child) {
		return new Speaker(kiosk.organisationId(), child.id(), Channel.KIOSK, kiosk.id());
	}

	/** The child as a {@link Speaker} on this kiosk, for {@link ChildVoice}: only a child present at the session. */
	@Transactional(readOnly = true)
	public Speaker speaker(Kiosk kiosk, UUID childId) {
		return new Speaker(kiosk.organisationId(), present(kiosk, childId), Channel.KIOSK, kiosk.id());
	}

	/** The child picks their avatar, once: a child who has one keeps it. A kiosk locked meanwhile is {@link KioskClosed}. */
	public void chooseAvatar(Kiosk kiosk, UUID childId, @Nullable String avatar) {
		var now = clock.instant();
		// read again: the kiosk may have been locked since the request found it open
		if (store.findForInput(kiosk.organisationId(), kiosk.id()).filter(again -> again.open(now)).isEmpty()) {
			throw new KioskClosed();
		}
		var child = child(kiosk, childId);
		var chosen = Avatar.of(avatar);
		if (chosen == null) {
			throw new FieldRejected("avatar", "participation.kiosk.error.avatar");
		}
		if (child.avatar() != null) {
			return;
		}
		try {
			store.insertAvatar(kiosk.organisationId(), childId, chosen.name(), clock.instant());
		}
		catch (DataIntegrityViolationException sameMoment) {
			throw new FieldRejected("avatar", "participation.voice.error.general");
		}
		audit.record(actor(kiosk), AuditAction.CREATED, "participation_avatar", childId, AuditResult.SUCCESS);
	}

	static AuditLog.Actor actor(Kiosk kiosk) {
		return new AuditLog.Actor(kiosk.organisationId(), null, "kiosk:" + kiosk.id(), "CHILD");
	}

	static String hash(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}
}
