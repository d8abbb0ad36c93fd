package nl.samenspel.network;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.DutchTime;
import nl.samenspel.organisation.OrganisationManagement;

/**
 * The shared calendar of one neighbourhood as iCalendar (RFC 5545), for the signed-in staff and partners: the last
 * month and the coming year, times in Europe/Amsterdam with its VTIMEZONE, each entry with a stable UID (its id). What
 * it holds is what the calendar page shows: the activity, whose it is and the ages; nobody's name.
 */
@Service
@Transactional(readOnly = true)
public class CalendarFeed {

	static final int DAYS_BACK = 31;

	static final int DAYS_AHEAD = 366;


	private final PartnerCalendar calendar;
	private final OrganisationManagement organisations;

	CalendarFeed(PartnerCalendar calendar, OrganisationManagement organisations) {
		this.calendar = calendar;
		this.organisations = organisations;
	}


	/** The neighbourhood's name, for the file name and the calendar's name. */
	public String name(CurrentUser user, UUID neighbourhoodId) {
		return organisations.neighbourhood(user.organisationId(), neighbourhoodId).getName();
	}

	/** The feed, labels in the user's language ({@code ownLabel}: how the organisation's own entries are named). */
	public String feed(CurrentUser user, UUID neighbourhoodId, String ownLabel, String agesLabel) {
		var today = calendar.today();
		var entries = calendar.entries(user, neighbourhoodId, today.minusDays(DAYS_BACK), today.plusDays(DAYS_AHEAD - 1));
		var ical = new Calendar();
		ical.add(new ProdId("-//Samenspel//Buurtagenda//NL"));
		ical.add(ImmutableVersion.VERSION_2_0);
		ical.add(ImmutableCalScale.GREGORIAN);
		ical.add(new XProperty("X-WR-CALNAME", "Samenspel: " + name(user, neighbourhoodId)));
		ical.add(new XProperty("X-WR-TIMEZONE", DutchTime.ZONE.getId()));
		ical.add(nl.samenspel.kernel.CalendarZone.amsterdam());
		for (var entry : entries) {
			var event = new VEvent(entry.startsAt().atZone(DutchTime.ZONE), entry.endsAt().atZone(DutchTime.ZONE),
					entry.title());
			event.add(new Uid(entry.id() + "@samenspel-buurtagenda"));
			if (entry.location() != null) {
				event.add(new Location(entry.location()));
			}
			var owner = entry.partnerName() == null ? ownLabel : entry.partnerName();
			var ages = agesLabel.replace("{0}", String.valueOf(entry.minAge())).replace("{1}", String.valueOf(entry.maxAge()));
			event.add(new Description(owner + " · " + ages + (entry.description() == null ? "" : "\n\n" + entry.description())));
			event.add(new Categories(owner));
			ical.add(event);
		}
		var out = new StringWriter();
		try {
			new CalendarOutputter(true).output(ical, out);
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
		return out.toString();
	}
}
