package nl.samenspel.activities.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.samenspel.activities.Activity;
import nl.samenspel.activities.AgeBand;
import nl.samenspel.activities.Attendance;
import nl.samenspel.activities.Coverage;
import nl.samenspel.activities.Enrolment;
import nl.samenspel.activities.EnrolmentStatus;
import nl.samenspel.activities.Holiday;
import nl.samenspel.activities.HolidayDetails;
import nl.samenspel.activities.Overlap;
import nl.samenspel.activities.PortalProgramme;
import nl.samenspel.activities.PublicProgramme;
import nl.samenspel.activities.ScheduleDetails;
import nl.samenspel.activities.Session;
import nl.samenspel.activities.SessionDetails;
import nl.samenspel.activities.Task;
import nl.samenspel.activities.WalkInGender;
import nl.samenspel.children.ChildCard;
import nl.samenspel.children.SafetySheet;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Option;
import nl.samenspel.ui.Pager;

/** What the programme's templates show. Public because jte's generated classes live in another package. */
public final class Views {

	static final int PAGE_SIZE = 25;

	private Views() {
	}

	public record ActivityList(List<Activity> items, Map<UUID, String> locations, String query, boolean inactive,
			Pager pager, boolean canEdit, boolean intergenerational) {

		public String location(UUID id) {
			return locations.getOrDefault(id, "");
		}
	}

	public record ActivityForm(@Nullable UUID id, nl.samenspel.activities.ActivityDetails details, List<Option> locations,
			List<Option> tasks, List<Option> themes, List<Option> costs, List<Option> modes, List<Option> staff,
			FieldMessages errors) {

		public String action() {
			return id == null ? "/activities" : "/activities/" + id;
		}
	}

	public record ScheduleForm(ScheduleDetails details, List<Option> recurrences, List<Option> holidayRules,
			FieldMessages errors) {
	}

	public record EnrolForm(String query, List<ChildCard> candidates, List<Option> sessions, FieldMessages errors,
			@Nullable String overrideReason) {
	}

	public record ActivityPage(Activity activity, String location, List<Session> sessions, Set<UUID> overlapping,
			List<Overlap> overlaps, List<Enrolment> enrolments, ScheduleForm schedule, EnrolForm enrol, boolean canEdit) {

		public List<Enrolment> enrolled() {
			return enrolments.stream().filter(it -> it.status() == EnrolmentStatus.ENROLLED).toList();
		}

		public List<Enrolment> waiting() {
			return enrolments.stream().filter(it -> it.status() == EnrolmentStatus.WAITING).toList();
		}
	}

	public record SessionList(LocalDate date, LocalDate previous, LocalDate next, boolean today, List<Session> sessions,
			Map<UUID, String> locations, Set<UUID> overlapping) {

		public String location(UUID id) {
			return locations.getOrDefault(id, "");
		}
	}

	public record AttendancePage(Attendance.Sheet sheet, String location, boolean staff, String query,
			@Nullable List<ChildCard> candidates, FieldMessages errors, FieldMessages walkInErrors,
			@Nullable Integer markedPresent, List<nl.samenspel.activities.SessionNotices.Notice> notices) {

		/** The enrolled children nobody has marked yet: those "iedereen aanwezig" marks present. */
		public long unmarked() {
			return sheet.lines().stream().filter(line -> line.enrolled() && line.present() == null && line.child().active())
				.count();
		}

		public Session session() {
			return sheet.session();
		}

		public List<AgeBand> bands() {
			return List.of(AgeBand.values());
		}

		public List<WalkInGender> genders() {
			return List.of(WalkInGender.values());
		}
	}

	public record AttendanceRow(Session session, Attendance.Line line, boolean open) {
	}

	public record SessionForm(Session session, SessionDetails details, List<Option> locations, List<Option> staff,
			List<Overlap> overlaps, FieldMessages errors, FieldMessages cancelErrors, @Nullable String reason,
			List<nl.samenspel.activities.SessionNotices.Notice> notices) {
	}

	public record SafetyPage(Session session, SafetySheet sheet) {
	}

	/** The door at check-out: who may collect the child, what was chosen and what was wrong with it. */
	public record DoorPage(nl.samenspel.activities.CheckOuts.Door door, String choice, String otherName,
			FieldMessages errors) {

		/** One radio button at the door; the first has the id {@code choice}, which the error summary links to. */
		public record Choice(String id, String value, String kind, @Nullable String name, @Nullable String relation,
				@Nullable String phone) {

			public String tel() {
				return phone == null ? "" : phone.replaceAll("[^0-9+]", "");
			}
		}

		/** The allowed people, the guardians, going home alone (when allowed) and someone else, in that order. */
		public List<Choice> choices() {
			var collection = door.collection();
			var choices = new java.util.ArrayList<Choice>();
			collection.allowed().forEach(it -> choices.add(new Choice("", "ALLOWED:" + it.id(), "ALLOWED", it.name(),
					it.relation(), it.phone())));
			collection.guardians().forEach(it -> choices.add(new Choice("", "GUARDIAN:" + it.id(), "GUARDIAN", it.name(),
					it.relation(), it.phone())));
			if (collection.goesHomeAlone()) {
				choices.add(new Choice("", "ALONE", "ALONE", null, null, null));
			}
			choices.add(new Choice("", "OTHER", "OTHER", null, null, null));
			var numbered = new java.util.ArrayList<Choice>();
			for (int i = 0; i < choices.size(); i++) {
				var it = choices.get(i);
				numbered.add(new Choice(i == 0 ? "choice" : "choice-" + i, it.value(), it.kind(), it.name(), it.relation(),
						it.phone()));
			}
			return numbered;
		}
	}

	public record HolidayPage(List<Holiday> holidays, HolidayDetails details, List<Option> regions, FieldMessages errors,
			nl.samenspel.organisation.Region region) {
	}

	public record CoveragePage(Coverage.@Nullable Matrix matrix, String from, String to, FieldMessages errors) {

		public List<Task> tasks() {
			return List.of(Task.values());
		}
	}

	public record PortalActivities(List<Enrolment> enrolments, List<PortalProgramme.OpenActivity> activities) {
	}

	/**
	 * An activity's page in the portal: the children who fit its age range as the form's choices, and for each child
	 * outside it a line that says so.
	 */
	public record PortalActivity(PublicProgramme.Details details, List<Option> children, List<String> outsideAges,
			List<Option> sessions, FieldMessages errors, boolean hasChildren) {
	}

	public record ProgrammePage(List<PublicProgramme.Listing> listings, Pager pager, List<Option> organisations,
			List<nl.samenspel.ui.OptionGroup> neighbourhoods, List<Option> days, List<Option> themes, List<Option> tasks, String age,
			boolean free, @Nullable UUID organisationId, @Nullable UUID neighbourhoodId) {

		/** Whether any filter is set: then the page offers to clear them. */
		public boolean filtered() {
			return free || !age.isEmpty() || organisationId != null || neighbourhoodId != null
					|| days.stream().anyMatch(Option::selected) || themes.stream().anyMatch(Option::selected)
					|| tasks.stream().anyMatch(Option::selected);
		}
	}

	public record ProgrammeActivity(PublicProgramme.Details details, String language) {
	}
}
