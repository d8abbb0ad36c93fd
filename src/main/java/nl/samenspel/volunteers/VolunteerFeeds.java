package nl.samenspel.volunteers;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.kernel.CurrentUser;

/**
 * Each volunteer's calendar feed of their own confirmed shifts, from 30 days ago to six months ahead. Calendar apps
 * cannot sign in, so the feed's address holds a secret: a random 256-bit token, shown to the volunteer once, of which
 * only the SHA-256 is kept (as the kiosks keep theirs). A new link replaces the old one, which then answers 404, as
 * does a token nobody has. A volunteer who is not cleared today (deactivated, VOG lapsed, no code of conduct) gets an
 * empty calendar, so that the app drops their shifts; while cleared, a shift is in it only on a day they are cleared
 * for.
 */
@Service
@Transactional
public class VolunteerFeeds {

	static final int DAYS_BACK = 30;
	static final int MONTHS_AHEAD = 6;

	private static final SecureRandom RANDOM = new SecureRandom();
	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{20,100}");

	private final FeedStore store;
	private final ShiftStore shifts;
	private final ShiftSessions sessions;
	private final VolunteerRecords records;
	private final VolunteerStore volunteers;
	private final AuditLog audit;

	VolunteerFeeds(FeedStore store, ShiftStore shifts, ShiftSessions sessions, VolunteerRecords records,
			VolunteerStore volunteers, AuditLog audit) {
		this.store = store;
		this.shifts = shifts;
		this.sessions = sessions;
		this.records = records;
		this.volunteers = volunteers;
		this.audit = audit;
	}

	/** When the signed-in volunteer's current link was made; empty when they have none. */
	@Transactional(readOnly = true)
	public Optional<Instant> linkMadeAt(CurrentUser user) {
		return records.own(user).flatMap(volunteer -> store.createdAt(volunteer.organisationId(), volunteer.id()));
	}

	/** A new secret link for the signed-in volunteer; the old one stops working. The token is returned only here. */
	public String renew(CurrentUser user) {
		var volunteer = records.ownOrNotFound(user);
		var bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		var token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		store.replace(volunteer.organisationId(), volunteer.id(), hash(token), sessions.now());
		audit.record(AuditAction.TOKEN_CREATED, "volunteer", volunteer.id(), AuditResult.SUCCESS);
		return token;
	}

	/** The calendar a token opens; empty (404) for a token that is malformed, unknown or replaced. */
	@Transactional(readOnly = true)
	public Optional<String> calendar(@Nullable String token) {
		if (token == null || !TOKEN.matcher(token).matches()) {
			return Optional.empty();
		}
		var owner = store.byTokenHash(hash(token)).orElse(null);
		if (owner == null) {
			return Optional.empty();
		}
		var volunteer = volunteers.find(owner.organisationId(), owner.volunteerId()).orElse(null);
		if (volunteer == null) {
			return Optional.empty();
		}
		var today = sessions.today();
		var name = "Samenspel: " + volunteer.firstName();
		if (!volunteer.clearedOn(today)) {
			return Optional.of(ShiftCalendar.of(name, List.of()));
		}
		var confirmed = shifts.between(volunteer.organisationId(), volunteer.id(), today.minusDays(DAYS_BACK),
				today.plusMonths(MONTHS_AHEAD), EnumSet.of(AssignmentStatus.CONFIRMED)).stream()
			.filter(shift -> volunteer.clearedOn(shift.date()))
			.toList();
		if (confirmed.isEmpty()) {
			return Optional.of(ShiftCalendar.of(name, List.of()));
		}
		return Optional.of(ShiftCalendar.of(name, sessions.of(volunteer.organisationId(), confirmed), confirmed,
				sessions.locationNames(volunteer.organisationId())));
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
