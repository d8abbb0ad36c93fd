package nl.samenspel.network;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.DutchTime;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.NotFound;
import nl.samenspel.kernel.Role;
import nl.samenspel.organisation.Neighbourhood;
import nl.samenspel.organisation.OrganisationManagement;

/**
 * The partners' shared calendar: the children's activities of the partners on the social map and of the organisation
 * itself, per neighbourhood, with their clashes and gaps. A PARTNER enters, changes and removes the entries of the
 * partner organisation they are linked to and no other (another's entry is "not found", nothing saved); COORDINATORs
 * and WORKERs enter the organisation's own and, on a partner's behalf, any partner's. Everyone who may see the
 * calendar sees all of the organisation's neighbourhoods: the entries are activities on offer, with no personal data.
 */
@Service
@Transactional
public class PartnerCalendar {

	/** How many days the gaps table looks ahead from the week shown. */
	public static final int GAP_DAYS = 28;

	/** The longest period read at once (the API, the feed: a month back and a year ahead). */
	public static final int MAX_PERIOD_DAYS = 400;

	/** The longest weekly series typed in one go. */
	static final int SERIES_WEEKS = 53;

	private final CalendarStore store;
	private final SocialMap map;
	private final OrganisationManagement organisations;
	private final Clock clock;

	PartnerCalendar(CalendarStore store, SocialMap map, OrganisationManagement organisations, Clock clock) {
		this.store = store;
		this.map = map;
		this.organisations = organisations;
		this.clock = clock;
	}

	/** Who a user edits for: a PARTNER, their partner organisation; staff, anyone's (null: none fixed). */
	public record Editor(boolean partner, @Nullable UUID partnerId) {

		/** Whether the user may change this entry. */
		public boolean mayEdit(CalendarEntry entry) {
			return !partner || (partnerId != null && partnerId.equals(entry.partnerId()));
		}
	}

	/** The user as an editor; a PARTNER without a linked partner organisation edits nothing. */
	@Transactional(readOnly = true)
	public Editor editor(CurrentUser user) {
		if (user.hasAnyRole(Role.COORDINATOR, Role.WORKER)) {
			return new Editor(false, null);
		}
		if (user.hasRole(Role.PARTNER)) {
			return new Editor(true, map.serviceOf(user).orElse(null));
		}
		return new Editor(true, null);
	}

	/** Whether the user sees the calendar at all: staff, and a PARTNER linked to a partner organisation. */
	public boolean sees(CurrentUser user) {
		return user.hasAnyRole(Role.staff()) || (user.hasRole(Role.PARTNER) && map.serviceOf(user).isPresent());
	}

	/** The neighbourhoods the calendar is kept for: the organisation's current ones. */
	@Transactional(readOnly = true)
	public List<Neighbourhood> neighbourhoods(CurrentUser user) {
		return organisations.currentNeighbourhoods(user.organisationId());
	}

	/** The neighbourhood a PARTNER starts with: the first their organisation serves, else the organisation's first. */
	@Transactional(readOnly = true)
	public @Nullable UUID defaultNeighbourhood(CurrentUser user) {
		var all = neighbourhoods(user);
		var editor = editor(user);
		if (editor.partnerId() != null) {
			var served = map.service(user.organisationId(), editor.partnerId()).neighbourhoods();
			var first = all.stream().filter(it -> served.contains(it.getId())).findFirst();
			if (first.isPresent()) {
				return first.get().getId();
			}
		}
		return all.isEmpty() ? null : all.get(0).getId();
	}

	/** The week a day falls in: its Monday. */
	public static LocalDate monday(LocalDate day) {
		return day.with(DayOfWeek.MONDAY);
	}

	public LocalDate today() {
		return DutchTime.today(clock);
	}

	/** One neighbourhood's week: its entries with the clashes each is in, and the offer per day and band from the Monday on. */
	public record Week(UUID neighbourhoodId, LocalDate monday, List<CalendarEntry> entries,
			Map<UUID, List<CalendarEntry>> clashes, List<CalendarClashes.Day> offer) {
	}

	@Transactional(readOnly = true)
	public Week week(CurrentUser user, UUID neighbourhoodId, LocalDate day) {
		requireSees(user);
		neighbourhood(user, neighbourhoodId);
		var monday = monday(day);
		var from = CalendarClashes.startOf(monday);
		var entries = store.inNeighbourhood(user.organisationId(), neighbourhoodId, from,
				CalendarClashes.startOf(monday.plusDays(GAP_DAYS)));
		var weekEnd = CalendarClashes.startOf(monday.plusWeeks(1));
		var shown = entries.stream().filter(entry -> entry.startsAt().isBefore(weekEnd)).toList();
		return new Week(neighbourhoodId, monday, shown, CalendarClashes.byEntry(CalendarClashes.clashes(shown)),
				CalendarClashes.offer(entries, monday, GAP_DAYS));
	}

	/** A neighbourhood's entries that run during [from, to) (at most 400 days), for the API. */
	@Transactional(readOnly = true)
	public List<CalendarEntry> entries(CurrentUser user, UUID neighbourhoodId, LocalDate from, LocalDate to) {
		requireSees(user);
		neighbourhood(user, neighbourhoodId);
		if (to.isBefore(from) || to.isAfter(from.plusDays(MAX_PERIOD_DAYS))) {
			throw new FieldRejected("to", "network.calendar.error.period");
		}
		return store.inNeighbourhood(user.organisationId(), neighbourhoodId, CalendarClashes.startOf(from),
				CalendarClashes.startOf(to.plusDays(1)));
	}

	/** The clashes in a neighbourhood during [from, to] (at most 400 days). */
	@Transactional(readOnly = true)
	public List<CalendarClashes.Clash> clashes(CurrentUser user, UUID neighbourhoodId, LocalDate from, LocalDate to) {
		return CalendarClashes.clashes(entries(user, neighbourhoodId, from, to));
	}

	/** How many clashes the PARTNER's own entries are in during the coming days. */
	@Transactional(readOnly = true)
	public int clashCount(CurrentUser partner, int days) {
		var editor = editor(partner);
		if (!editor.partner() || editor.partnerId() == null) {
			return 0;
		}
		var from = clock.instant();
		var to = CalendarClashes.startOf(today().plusDays(days));
		var count = 0;
		for (var neighbourhood : store.neighbourhoodsOf(partner.organisationId(), editor.partnerId(), from, to)) {
			var entries = store.inNeighbourhood(partner.organisationId(), neighbourhood, from, to);
			count += (int) CalendarClashes.clashes(entries).stream()
				.filter(clash -> editor.partnerId().equals(clash.first().partnerId())
						|| editor.partnerId().equals(clash.second().partnerId()))
				.count();
		}
		return count;
	}

	@Transactional(readOnly = true)
	public CalendarEntry entry(CurrentUser user, UUID id) {
		requireSees(user);
		return store.find(user.organisationId(), id).orElseThrow(NotFound::new);
	}

	/** An entry the user may change; another partner's is not found. */
	@Transactional(readOnly = true)
	public CalendarEntry editable(CurrentUser user, UUID id) {
		var entry = entry(user, id);
		if (!editor(user).mayEdit(entry)) {
			throw new NotFound();
		}
		return entry;
	}

	/** Adds the entry, or one per week until {@code repeatUntil}; the first is returned. */
	public CalendarEntry add(CurrentUser user, CalendarEntryDetails details) {
		var owner = owner(user, details);
		var row = check(user, details);
		var series = details.repeatUntil() == null ? null : UUID.randomUUID();
		var first = UUID.randomUUID();
		var now = clock.instant();
		var day = details.date();
		var last = details.repeatUntil() == null ? day : details.repeatUntil();
		for (var week = 0; !day.plusWeeks(week).isAfter(last); week++) {
			var id = week == 0 ? first : UUID.randomUUID();
			store.insert(id, user.organisationId(), owner, week == 0 ? row : shifted(row, details, week), series, null,
					user.id(), now);
		}
		return store.find(user.organisationId(), first).orElseThrow();
	}

	public CalendarEntry update(CurrentUser user, UUID id, CalendarEntryDetails details) {
		var entry = editable(user, id);
		if (entry.imported()) {
			throw new FieldRejected("title", "network.calendar.error.imported");
		}
		var owner = owner(user, details);
		var row = check(user, details);
		store.update(user.organisationId(), id, owner, row, clock.instant());
		return store.find(user.organisationId(), id).orElseThrow();
	}

	/** Removes the entry, and with {@code series} the later ones of its weekly series; returns how many went. */
	public int delete(CurrentUser user, UUID id, boolean series) {
		var entry = editable(user, id);
		if (series && entry.seriesId() != null) {
			return store.delete(user.organisationId(), store.seriesFrom(user.organisationId(), entry.seriesId(), entry.partnerId(), entry.startsAt()));
		}
		return store.delete(user.organisationId(), List.of(id));
	}

	/** Whose entry it becomes: a PARTNER's own organisation; for staff the partner chosen (of the social map) or none. */
	@Nullable UUID owner(CurrentUser user, CalendarEntryDetails details) {
		var editor = editor(user);
		if (editor.partner()) {
			if (editor.partnerId() == null) {
				throw new NotFound();
			}
			return editor.partnerId();
		}
		if (details.partnerId() == null) {
			return null;
		}
		var partner = map.services(user.organisationId(), false).stream()
			.filter(it -> it.id().equals(details.partnerId())).findFirst();
		if (partner.isEmpty()) {
			throw new FieldRejected("partnerId", "network.calendar.error.partner");
		}
		return partner.get().id();
	}

	private CalendarStore.Row check(CurrentUser user, CalendarEntryDetails details) {
		neighbourhoodChoice(user, details.neighbourhoodId());
		if (details.maxAge() < details.minAge()) {
			throw new FieldRejected("maxAge", "network.calendar.error.agesInverted");
		}
		if (!details.endTime().isAfter(details.startTime())) {
			throw new FieldRejected("endTime", "network.calendar.error.endBeforeStart");
		}
		if (details.repeatUntil() != null && (details.repeatUntil().isBefore(details.date())
				|| details.repeatUntil().isAfter(details.date().plusWeeks(SERIES_WEEKS)))) {
			throw new FieldRejected("repeatUntil", "network.calendar.error.repeatUntil", SERIES_WEEKS);
		}
		var start = ZonedDateTime.of(details.date(), details.startTime(), DutchTime.ZONE).toInstant();
		var end = ZonedDateTime.of(details.date(), details.endTime(), DutchTime.ZONE).toInstant();
		return new CalendarStore.Row(details.neighbourhoodId(), details.title().strip(), SocialMap.blank(details.location()),
				SocialMap.blank(details.description()), start, end, details.minAge(), details.maxAge());
	}

	/** The row of the series' n-th week: the same Dutch times on the day n weeks on (whatever the clocks did). */
	private static CalendarStore.Row shifted(CalendarStore.Row row, CalendarEntryDetails details, int weeks) {
		var day = details.date().plusWeeks(weeks);
		return new CalendarStore.Row(row.neighbourhoodId(), row.title(), row.location(), row.description(),
				ZonedDateTime.of(day, details.startTime(), DutchTime.ZONE).toInstant(),
				ZonedDateTime.of(day, details.endTime(), DutchTime.ZONE).toInstant(), row.minAge(), row.maxAge());
	}

	/** A neighbourhood an entry may be put in: one of the organisation's current ones. */
	void neighbourhoodChoice(CurrentUser user, @Nullable UUID neighbourhoodId) {
		if (neighbourhoods(user).stream().noneMatch(it -> it.getId().equals(neighbourhoodId))) {
			throw new FieldRejected("neighbourhoodId", "validation.neighbourhood.unknown");
		}
	}

	private void neighbourhood(CurrentUser user, UUID neighbourhoodId) {
		if (neighbourhoods(user).stream().noneMatch(it -> it.getId().equals(neighbourhoodId))) {
			throw new NotFound();
		}
	}

	private void requireSees(CurrentUser user) {
		if (!sees(user)) {
			throw new NotFound();
		}
	}

	/** The partners staff may enter entries for: the organisation's active social map. */
	@Transactional(readOnly = true)
	public List<NetworkOrganisation> partners(CurrentUser user) {
		return new ArrayList<>(map.services(user.organisationId(), false));
	}
}
