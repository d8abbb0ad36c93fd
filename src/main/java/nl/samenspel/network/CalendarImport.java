package nl.samenspel.network;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.NotFound;
import nl.samenspel.kernel.Role;

/**
 * A partner's calendar uploaded as an .ics file: all or nothing. Each partner organisation has one imported calendar:
 * its occurrences of the coming year are matched on their key (the event's UID and the occurrence's start, or its
 * RECURRENCE-ID), so that uploading the same file again adds nothing, an updated file changes what changed, and the
 * imported entries from today on that are no longer in the file are removed. The neighbourhood and ages come from
 * the upload form, as a file has no such fields. A PARTNER imports for their own organisation, a COORDINATOR for any.
 */
@Service
@Transactional
public class CalendarImport {

	/** How far ahead recurring events are expanded. */
	public static final int WINDOW_DAYS = 366;

	private final CalendarStore store;
	private final PartnerCalendar calendar;
	private final AuditLog audit;
	private final Clock clock;
	private final IcsFile.Limits limits;

	CalendarImport(CalendarStore store, PartnerCalendar calendar, AuditLog audit, Clock clock) {
		this.store = store;
		this.calendar = calendar;
		this.audit = audit;
		this.clock = clock;
		this.limits = IcsFile.Limits.DEFAULT;
	}

	/** What the upload form says: for whom (COORDINATOR only), where and for which ages. */
	public record Defaults(@Nullable UUID partnerId, @NotNull @Nullable UUID neighbourhoodId,
			@NotNull @Min(CalendarEntryDetails.YOUNGEST) @Max(CalendarEntryDetails.OLDEST) @Nullable Integer minAge,
			@NotNull @Min(CalendarEntryDetails.YOUNGEST) @Max(CalendarEntryDetails.OLDEST) @Nullable Integer maxAge) {
	}

	/** What an upload did, or what could not be read (then nothing was imported). */
	public record Report(int added, int changed, int removed, int unchanged, List<IcsFile.Problem> problems) {

		public boolean imported() {
			return problems.isEmpty();
		}
	}

	public IcsFile.Limits limits() {
		return limits;
	}

	public Report upload(CurrentUser user, Defaults defaults, byte[] file) {
		var partner = partner(user, defaults);
		calendar.neighbourhoodChoice(user, defaults.neighbourhoodId());
		if (defaults.maxAge() < defaults.minAge()) {
			throw new FieldRejected("maxAge", "network.calendar.error.agesInverted");
		}
		var from = clock.instant();
		var to = CalendarClashes.startOf(calendar.today().plusDays(WINDOW_DAYS));
		var read = IcsFile.read(file, from, to, limits);
		if (!read.readable()) {
			return new Report(0, 0, 0, 0, read.problems());
		}
		var existing = store.importedFrom(user.organisationId(), partner, from);
		var now = clock.instant();
		int added = 0;
		int changed = 0;
		int unchanged = 0;
		for (var occurrence : read.occurrences()) {
			var row = new CalendarStore.Row(defaults.neighbourhoodId(), occurrence.title(), occurrence.location(),
					occurrence.description(), occurrence.startsAt(), occurrence.endsAt(), defaults.minAge(), defaults.maxAge());
			var before = existing.get(occurrence.key());
			var id = before != null ? before.id() : store.importedId(user.organisationId(), partner, occurrence.key()).orElse(null);
			if (id == null) {
				store.insert(UUID.randomUUID(), user.organisationId(), partner, row, null, occurrence.key(), user.id(), now);
				added++;
			}
			else if (before == null || !same(before, row)) {
				store.update(user.organisationId(), id, partner, row, now);
				changed++;
			}
			else {
				unchanged++;
			}
		}
		var kept = new HashSet<>(IcsFile.keys(read.occurrences()));
		var gone = new ArrayList<UUID>();
		existing.forEach((key, entry) -> {
			if (!kept.contains(key)) {
				gone.add(entry.id());
			}
		});
		var removed = store.delete(user.organisationId(), gone);
		audit.record(AuditAction.IMPORTED, "calendar", partner, AuditResult.SUCCESS);
		return new Report(added, changed, removed, unchanged, List.of());
	}

	/** The partner organisation the upload is for: a PARTNER's own; for a COORDINATOR the one chosen. */
	private UUID partner(CurrentUser user, Defaults defaults) {
		var editor = calendar.editor(user);
		if (editor.partner()) {
			if (editor.partnerId() == null || !user.hasRole(Role.PARTNER)) {
				throw new NotFound();
			}
			return editor.partnerId();
		}
		if (!user.hasRole(Role.COORDINATOR)) {
			throw new NotFound();
		}
		if (defaults.partnerId() == null) {
			throw new FieldRejected("partnerId", "network.calendar.error.partner");
		}
		return Objects.requireNonNull(calendar.owner(user, new CalendarEntryDetails(defaults.partnerId(), null, null, null,
				null, null, null, null, null, null, null)));
	}

	private static boolean same(CalendarEntry entry, CalendarStore.Row row) {
		return entry.neighbourhoodId().equals(row.neighbourhoodId()) && entry.title().equals(row.title())
				&& Objects.equals(entry.location(), row.location()) && Objects.equals(entry.description(), row.description())
				&& entry.startsAt().equals(row.startsAt()) && entry.endsAt().equals(row.endsAt())
				&& entry.minAge() == row.minAge() && entry.maxAge() == row.maxAge();
	}
}
