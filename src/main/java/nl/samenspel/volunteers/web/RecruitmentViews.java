package nl.samenspel.volunteers.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.samenspel.volunteers.ApplicationForm;
import nl.samenspel.volunteers.ApplicationStep;
import nl.samenspel.volunteers.RenewalDue;
import nl.samenspel.volunteers.VolunteerApplication;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Option;

/** What the recruitment and renewal templates show. Public because jte's generated classes live in another package. */
public final class RecruitmentViews {

	private RecruitmentViews() {
	}

	/** The public form: the organisations to choose from, the age bands, the messages, and whether it was throttled. */
	public record ApplyPage(ApplicationForm form, List<Option> organisations, List<Option> ageBands,
			FieldMessages errors) {
	}

	public record ApplicationList(List<VolunteerApplication> applications) {
	}

	/**
	 * One application as a checklist: who recorded what ({@code names}), whether the organisation has the free VOG,
	 * what the step form held when it comes back with a message, and what activation found missing.
	 */
	public record ApplicationPage(VolunteerApplication application, Map<UUID, String> names, boolean freeVog,
			FieldMessages errors, @Nullable String doneOn, @Nullable String notes, @Nullable String reason,
			List<String> missing, String today) {

		public String nameOf(@Nullable UUID user) {
			return user == null ? "" : names.getOrDefault(user, "");
		}

		public @Nullable ApplicationStep next() {
			return application.nextStep().orElse(null);
		}
	}

	public record RenewalList(List<RenewalDue> renewals) {
	}
}
