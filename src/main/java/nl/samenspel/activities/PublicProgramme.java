package nl.samenspel.activities;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import nl.samenspel.kernel.NotFound;
import nl.samenspel.organisation.Location;
import nl.samenspel.organisation.OrganisationManagement;

/**
 * The programme as anyone may see it, without signing in: the published activities of every organisation with a
 * session coming up, filtered by organisation, neighbourhood, age, weekday, theme, task and free of charge; one activity's
 * page; and iCalendar feeds (RFC 5545) per organisation and per neighbourhood. Nothing about children is here.
 */
@Service
@Transactional(readOnly = true)
public class PublicProgramme {

	/** How far ahead the programme looks. */
	static final int WEEKS_AHEAD = 12;

	/** What a calendar feed holds: the last month and the coming eight months (a season, and a change of clocks). */
	static final int FEED_DAYS_BACK = 31;
	static final int FEED_DAYS_AHEAD = 240;


	private final ActivityStore activities;
	private final SessionStore sessions;
	private final ProgrammeClock clock;
	private final OrganisationManagement organisations;


	PublicProgramme(ActivityStore activities, SessionStore sessions, ProgrammeClock clock,
			OrganisationManagement organisations) {
		this.activities = activities;
		this.sessions = sessions;
		this.clock = clock;
		this.organisations = organisations;
	}

	public record Filter(@Nullable UUID organisationId, @Nullable UUID neighbourhoodId, @Nullable Integer age,
			@Nullable DayOfWeek day, @Nullable Theme theme, @Nullable Task task, boolean free) {

		public static final Filter NONE = new Filter(null, null, null, null, null, null, false);
	}

	/** Where an activity takes place, as the public sees it. */
	public record Place(String name, @Nullable String street, @Nullable String city, @Nullable UUID neighbourhoodId) {

		static Place of(@Nullable Location location) {
			return location == null ? new Place("", null, null, null)
					: new Place(location.getName(), location.getStreet(), location.getCity(), location.getNeighbourhoodId());
		}

		public String address() {
			var parts = new ArrayList<String>();
			parts.add(name);
			if (street != null) {
				parts.add(street);
			}
			if (city != null) {
				parts.add(city);
			}
			return String.join(", ", parts);
		}
	}

	/** A meeting as the public sees it. */
	public record Meeting(UUID id, LocalDate date, LocalTime startsAt, LocalTime endsAt, boolean cancelled) {
	}

	/** An activity on the programme with its next meeting. */
	public record Listing(Activity activity, String organisation, Place place, Meeting next) {
	}

	/** An activity's public page: the activity and its coming meetings. */
	public record Details(Activity activity, String organisation, Place place, List<Meeting> meetings) {
	}

	public Page<Listing> upcoming(Filter filter, Pageable pageable) {
		var today = clock.today();
		List<UUID> locations = null;
		if (filter.neighbourhoodId() != null) {
			locations = organisations.locationIdsIn(filter.neighbourhoodId());
			if (locations.isEmpty()) {
				return Page.empty(pageable);
			}
		}
		var listed = this.activities.published(filter, locations, today, today.plusWeeks(WEEKS_AHEAD), pageable);
		if (listed.next().isEmpty()) {
			return new PageImpl<>(List.of(), pageable, listed.total());
		}
		var first = listed.next();
		var activities = this.activities.activities(List.copyOf(first.keySet()));
		var places = organisations.publishedLocations(activities.stream().map(Activity::locationId).toList());
		var names = organisations.organisationNames(activities.stream().map(Activity::organisationId).distinct().toList());
		var listings = activities.stream()
			.map(activity -> new Listing(activity, names.getOrDefault(activity.organisationId(), ""),
					Place.of(places.get(activity.locationId())), first.get(activity.id())))
			.toList();
		return new PageImpl<>(listings, pageable, listed.total());
	}

	/** A published activity's page with its meetings of the coming weeks (cancelled ones marked); else not found. */
	public Details activity(UUID id) {
		var activity = activities.activities(List.of(id)).stream().filter(it -> it.published() && it.active()).findFirst()
			.orElseThrow(NotFound::new);
		var today = clock.today();
		var meetings = sessions.ofActivity(id, today, today.plusWeeks(WEEKS_AHEAD)).stream().map(PublicProgramme::meeting)
			.toList();
		var place = Place.of(organisations.publishedLocations(List.of(activity.locationId())).get(activity.locationId()));
		var organisation = organisations.organisationNames(List.of(activity.organisationId()))
			.getOrDefault(activity.organisationId(), "");
		return new Details(activity, organisation, place, meetings);
	}

	private static Meeting meeting(Session session) {
		return new Meeting(session.id(), session.date(), session.startsAt(), session.endsAt(), session.cancelled());
	}

	/** The name a feed goes by: the organisation's or the neighbourhood's; empty when there is no such thing. */
	public Optional<String> feedName(@Nullable UUID organisationId, @Nullable UUID neighbourhoodId) {
		if (organisationId != null) {
			return Optional.ofNullable(organisations.organisationNames(List.of(organisationId)).get(organisationId));
		}
		if (neighbourhoodId != null) {
			return organisations.publicNeighbourhood(neighbourhoodId).map(it -> it.getName());
		}
		return Optional.empty();
	}

	/**
	 * An iCalendar feed of the published sessions of an organisation or a neighbourhood, times in Europe/Amsterdam
	 * with its VTIMEZONE, cancelled sessions marked CANCELLED so that calendar apps take them out.
	 */
	public String calendar(@Nullable UUID organisationId, @Nullable UUID neighbourhoodId, String baseUrl) {
		var name = feedName(organisationId, neighbourhoodId).orElseThrow(NotFound::new);
		var today = clock.today();
		var sessions = this.sessions.published(organisationId,
				organisationId != null ? List.of() : organisations.locationIdsIn(neighbourhoodId),
				today.minusDays(FEED_DAYS_BACK), today.plusDays(FEED_DAYS_AHEAD));
		return calendar(name, sessions, baseUrl);
	}

	/** The iCalendar feed of one published activity's sessions, as {@link #calendar(UUID, UUID, String)}; else not found. */
	public String activityCalendar(UUID activityId, String baseUrl) {
		var activity = activities.activities(List.of(activityId)).stream().filter(it -> it.published() && it.active())
			.findFirst().orElseThrow(NotFound::new);
		var today = clock.today();
		return calendar(activity.title(), sessions.publishedOf(activityId, today.minusDays(FEED_DAYS_BACK),
				today.plusDays(FEED_DAYS_AHEAD)), baseUrl);
	}

	private String calendar(String name, List<Session> sessions, String baseUrl) {
		var activities = new HashMap<UUID, Activity>();
		this.activities.activities(sessions.stream().map(Session::activityId).distinct().toList())
			.forEach(activity -> activities.put(activity.id(), activity));
		var places = organisations.publishedLocations(sessions.stream().map(Session::locationId).distinct().toList());

		var calendar = new Calendar();
		calendar.add(new ProdId("-//Samenspel//Programma//NL"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(new XProperty("X-WR-CALNAME", "Samenspel: " + name));
		calendar.add(new XProperty("X-WR-TIMEZONE", ProgrammeClock.ZONE.getId()));
		calendar.add(nl.samenspel.kernel.CalendarZone.amsterdam());
		for (var session : sessions) {
			var activity = activities.get(session.activityId());
			var start = ZonedDateTime.of(session.date(), session.startsAt(), ProgrammeClock.ZONE);
			var end = ZonedDateTime.of(session.date(), session.endsAt(), ProgrammeClock.ZONE);
			var event = new VEvent(start, end, session.title());
			event.add(new Uid(session.id() + "@samenspel"));
			event.add(new net.fortuna.ical4j.model.property.Location(Place.of(places.get(session.locationId())).address()));
			event.add(new Description(activity == null ? "" : activity.description()));
			event.add(new Url(URI.create(baseUrl + "/programma/activiteit/" + session.activityId())));
			if (session.cancelled()) {
				event.add(ImmutableStatus.VEVENT_CANCELLED);
			}
			calendar.add(event);
		}
		var out = new java.io.StringWriter();
		try {
			new CalendarOutputter(true).output(calendar, out);
		}
		catch (java.io.IOException failed) {
			throw new java.io.UncheckedIOException(failed);
		}
		return out.toString();
	}
}
