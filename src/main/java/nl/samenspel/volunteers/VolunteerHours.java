package nl.samenspel.volunteers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.DutchTime;
import nl.samenspel.kernel.FieldRejected;

/**
 * A volunteer's hours of a year ({@link YearOfHours}): their own for a VOLUNTEER, any volunteer of the organisation
 * for a COORDINATOR (the controllers check the roles), the entries waiting for approval, and the yearly statement,
 * whose download is audited as an export of personal data.
 */
@Service
@Transactional(readOnly = true)
public class VolunteerHours {

	/** The first year hours can be asked for. */
	public static final int FIRST_YEAR = 2000;

	private final HoursStore hours;
	private final HoursAccess access;
	private final AuditLog audit;
	private final Clock clock;

	VolunteerHours(HoursStore hours, HoursAccess access, AuditLog audit, Clock clock) {
		this.hours = hours;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	/** The year asked for, this year when none; a year before {@link #FIRST_YEAR} or after this one is refused. */
	public int year(@Nullable Integer year) {
		var current = DutchTime.today(clock).getYear();
		if (year == null) {
			return current;
		}
		if (year < FIRST_YEAR || year > current) {
			throw new FieldRejected("year", "volunteers.hours.error.year", String.valueOf(FIRST_YEAR),
					String.valueOf(current));
		}
		return year;
	}

	/** The signed-in volunteer's own hours of the year. */
	public YearOfHours mine(CurrentUser user, int year) {
		return year(user, access.own(user), year);
	}

	/** Whether the signed-in user has a volunteer record of their own (and so hours to show). */
	public boolean hasOwn(CurrentUser user) {
		try {
			access.own(user);
			return true;
		}
		catch (nl.samenspel.kernel.NotFound none) {
			return false;
		}
	}

	/** A volunteer's hours of the year, for the coordinator. */
	public YearOfHours of(CurrentUser user, UUID volunteerId, int year) {
		return year(user, access.of(user, volunteerId), year);
	}

	/** The signed-in volunteer's own yearly statement: the year's hours, with the download audited. */
	@Transactional
	public YearOfHours ownStatement(CurrentUser user, int year) {
		return exported(mine(user, year));
	}

	/** A volunteer's yearly statement for the coordinator, with the download audited. */
	@Transactional
	public YearOfHours statement(CurrentUser user, UUID volunteerId, int year) {
		return exported(of(user, volunteerId, year));
	}

	/** The organisation's entries waiting for approval, oldest first, at most {@code limit}. */
	public List<PendingEntry> waiting(CurrentUser user, int limit) {
		return hours.submitted(user.organisationId(), limit);
	}

	public long waitingCount(CurrentUser user) {
		return hours.countSubmitted(user.organisationId());
	}

	private YearOfHours exported(YearOfHours year) {
		audit.record(AuditAction.EXPORTED, "volunteer_hours", year.volunteer().id(), AuditResult.SUCCESS);
		return year;
	}

	private YearOfHours year(CurrentUser user, Volunteer volunteer, int year) {
		var from = LocalDate.of(year, 1, 1);
		var until = from.plusYears(1);
		return YearOfHours.of(volunteer, year, hours.sessions(user.organisationId(), volunteer.id(), from, until),
				hours.entries(user.organisationId(), volunteer.id(), from, until));
	}
}
