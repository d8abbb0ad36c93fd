package nl.samenspel.network;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Role;
import nl.samenspel.organisation.DemoMode;
import nl.samenspel.organisation.OrganisationManagement;
import nl.samenspel.organisation.UserManagement;

/**
 * The first demo organisation's shared calendar: two local partners on the social map (a sports club and the
 * library) with activities in its first neighbourhood over the coming four weeks, one of which clashes each week (the
 * club's football and the library's reading hour, both for eight- and nine-year-olds on Wednesday afternoon), and the
 * organisation's own Friday club.
 */
@Component
@Order(41)
class CalendarDemoData implements ApplicationRunner {

	static final String CLUB = "Sportclub De Bal";

	static final String LIBRARY = "Bibliotheek De Kaft";

	private final DemoMode demo;
	private final SocialMap map;
	private final UserManagement users;
	private final OrganisationManagement organisations;
	private final PartnerCalendar calendar;
	private final CalendarStore store;

	CalendarDemoData(DemoMode demo, SocialMap map, UserManagement users, OrganisationManagement organisations,
			PartnerCalendar calendar, CalendarStore store) {
		this.demo = demo;
		this.map = map;
		this.users = users;
		this.organisations = organisations;
		this.calendar = calendar;
		this.store = store;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments arguments) {
		if (!demo.enabled()) {
			return;
		}
		var organisation = demo.firstOrganisation();
		var coordinator = users.userId(organisation, "coordinator").orElse(null);
		var neighbourhoods = organisations.currentNeighbourhoods(organisation);
		if (coordinator == null || neighbourhoods.isEmpty() || store.anyOf(organisation)) {
			return;
		}
		var planner = new CurrentUser(coordinator, organisation, "coordinator", "Demo", EnumSet.of(Role.COORDINATOR), "nl", null);
		var neighbourhood = neighbourhoods.get(0).getId();
		var club = partner(planner, ServiceKind.SPORTS_CLUB, CLUB, "Voetbal, turnen en judo voor kinderen vanaf 5 jaar.",
				neighbourhood);
		var library = partner(planner, ServiceKind.CULTURE_CLUB, LIBRARY, "Voorlezen, boekenclub en huiswerkhulp.",
				neighbourhood);
		var wednesday = calendar.today().with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY));
		var friday = calendar.today().with(TemporalAdjusters.next(DayOfWeek.FRIDAY));
		var saturday = calendar.today().with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
		var until = wednesday.plusWeeks(3);
		calendar.add(planner, new CalendarEntryDetails(club, neighbourhood, "Voetbaltraining", "Sportpark De Bal",
				"Kom in sportkleren; ballen zijn er.", wednesday, LocalTime.of(15, 0), LocalTime.of(16, 30), 6, 9, until));
		calendar.add(planner, new CalendarEntryDetails(library, neighbourhood, "Voorleesuurtje", "Bibliotheek De Kaft",
				null, wednesday, LocalTime.of(15, 30), LocalTime.of(16, 15), 8, 10, until));
		calendar.add(planner, new CalendarEntryDetails(library, neighbourhood, "Boekenclub", "Bibliotheek De Kaft", null,
				saturday, LocalTime.of(10, 0), LocalTime.of(11, 0), 10, 12, saturday.plusWeeks(3)));
		calendar.add(planner, new CalendarEntryDetails(null, neighbourhood, "Vrijdagclub", "Buurthuis", null, friday,
				LocalTime.of(15, 0), LocalTime.of(17, 0), 4, 8, friday.plusWeeks(3)));
	}

	private UUID partner(CurrentUser planner, ServiceKind kind, String name, String description, UUID neighbourhood) {
		var existing = map.services(planner.organisationId(), false).stream().filter(it -> it.name().equals(name)).findFirst();
		if (existing.isPresent()) {
			return existing.get().id();
		}
		return map.add(planner, new NetworkOrganisationDetails(kind, name, description, null, null, null, 4, 12, Route.DIRECT,
				List.of(neighbourhood))).id();
	}
}
