package nl.samenspel.volunteers.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Option;
import nl.samenspel.ui.Pager;
import nl.samenspel.volunteers.CodeOfConductDetails;
import nl.samenspel.volunteers.Missing;
import nl.samenspel.volunteers.ScreeningState;
import nl.samenspel.volunteers.VogDetails;
import nl.samenspel.volunteers.Volunteer;
import nl.samenspel.volunteers.VolunteerContact;
import nl.samenspel.volunteers.VolunteerDetails;
import nl.samenspel.volunteers.VolunteerPolicy;
import nl.samenspel.volunteers.VolunteerPolicyDetails;

/** What the volunteers templates show. Public because jte's generated classes live in another package. */
public final class Views {

	private Views() {
	}

	/**
	 * A volunteer with where they stand on the day: what is missing (empty: they may work at sessions with children)
	 * and whether the VOG is due for renewal within the notice period.
	 */
	public record Standing(Volunteer volunteer, Set<Missing> missing, boolean renewalSoon) {

		public static Standing of(Volunteer volunteer, LocalDate today) {
			var missing = volunteer.missingOn(today);
			var soon = missing.isEmpty() && volunteer.vogRenewalDue() != null
					&& !volunteer.vogRenewalDue().isAfter(today.plusDays(ScreeningState.RENEWAL_NOTICE_DAYS));
			return new Standing(volunteer, missing, soon);
		}

		public boolean cleared() {
			return missing.isEmpty();
		}

		/** The message keys of what is missing, in the order of {@link Missing}. */
		public List<String> missingKeys() {
			return missing.stream().sorted().map(Missing::messageKey).toList();
		}
	}

	public record VolunteerList(List<Standing> items, String query, List<Option> statuses, List<Option> screenings,
			Pager pager) {
	}

	public record VolunteerForm(@Nullable UUID id, VolunteerDetails details, List<Option> ageBands, FieldMessages errors) {

		public String action() {
			return id == null ? "/volunteers" : "/volunteers/" + id;
		}
	}

	/** The record's page: the record, its standing today, who checked the VOG, the account and what can be linked. */
	public record VolunteerPage(Standing standing, @Nullable String profileLabel, @Nullable String checkedBy,
			@Nullable String accountName, List<Option> linkable, List<Option> languages, FieldMessages accountErrors) {

		public Volunteer volunteer() {
			return standing.volunteer();
		}
	}

	public record VogForm(Volunteer volunteer, VogDetails vog, List<Option> profiles, VolunteerPolicy policy,
			FieldMessages errors, int profileMax) {
	}

	public record CodeForm(Volunteer volunteer, CodeOfConductDetails code, FieldMessages errors) {
	}

	/** The VOLUNTEER's own page: their record (null: no record linked to the account yet). */
	public record OwnPage(@Nullable Standing standing, @Nullable String profileLabel) {
	}

	public record OwnForm(VolunteerContact contact, FieldMessages errors) {
	}

	public record PolicyForm(VolunteerPolicyDetails details, FieldMessages errors) {
	}
}
