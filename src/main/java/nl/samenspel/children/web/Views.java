package nl.samenspel.children.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.samenspel.children.AssentRequest;
import nl.samenspel.children.Child;
import nl.samenspel.children.ChildDetails;
import nl.samenspel.children.ChildSummary;
import nl.samenspel.children.Consent;
import nl.samenspel.children.ConsentPurpose;
import nl.samenspel.children.ContactDetails;
import nl.samenspel.children.Guardian;
import nl.samenspel.children.GuardianDetails;
import nl.samenspel.children.SafetyDetails;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Option;
import nl.samenspel.ui.Page;
import nl.samenspel.ui.Pager;

/** The records the children module's templates read. */
public final class Views {

	private Views() {
	}

	public record ChildList(List<ChildSummary> items, Map<UUID, String> neighbourhoods, String query,
			@Nullable Integer minAge, @Nullable Integer maxAge, List<Option> neighbourhoodOptions, String school,
			Pager pager, boolean canEdit) {

		public String neighbourhood(@Nullable UUID id) {
			return id == null ? "" : neighbourhoods.getOrDefault(id, "");
		}
	}

	public record ChildForm(@Nullable UUID id, ChildDetails details, List<Option> genders, List<Option> neighbourhoods,
			FieldMessages errors, String action) {
	}

	/** One purpose on the child's page: the consent in force (if any), the child's say, and the text's version. */
	public record ConsentLine(ConsentPurpose purpose, @Nullable Consent consent, @Nullable String guardian,
			@Nullable AssentRequest assent, int textVersion, String text) {

		public boolean given() {
			return consent != null;
		}
	}

	public record ChildPage(Child child, @Nullable String neighbourhood, List<Guardian> guardians,
			Map<UUID, String> relations, List<ConsentLine> consents, List<Consent> history,
			Map<UUID, String> guardianNames, @Nullable SafetyDetails safety, boolean canEdit, List<Option> purposes,
			List<Option> methods, List<Option> guardianOptions, List<Option> relationOptions, GuardianDetails newGuardian,
			ContactDetails newContact, FieldMessages errors, @Nullable String form, List<ChildSummary> duplicates,
			boolean canMerge, List<Option> siblingGuardians, List<nl.samenspel.ui.Panel> panels) {

		public boolean showsSafety() {
			return safety != null;
		}

		/** Whether the page unfolds this form: it came back with errors, or the page was asked for it. */
		public boolean opens(String name) {
			return name.equals(form);
		}
	}

	public record SafetyForm(UUID childId, String childName, SafetyDetails details, FieldMessages errors,
			String action, String back) {
	}

	public record PortalHome(List<Child> children, boolean linked) {
	}

	public record PortalChild(Child child, List<ConsentLine> consents, SafetyDetails safety, List<ReadLine> reads,
			Pager readsPager, List<Option> purposes, FieldMessages errors) {
	}

	/** A line of the parent's read log, written out: the day, who (display name and roles), what and how often. */
	public record ReadLine(String day, String who, String what) {

		public static ReadLine of(nl.samenspel.children.ReadGroup group, Page page) {
			var roles = group.roles().stream().map(role -> page.t("role." + role.name())).toList();
			var who = roles.isEmpty() ? group.displayName() : group.displayName() + " (" + String.join(", ", roles) + ")";
			var seen = group.seen().stream()
				.map(it -> page.t("portal.reads.object." + it.what()) + ": " + page.t("portal.reads.times", it.times()))
				.toList();
			return new ReadLine(page.day(group.day()), who, String.join("; ", seen));
		}
	}

	/** The upload page of the children import, with what went wrong with the last upload, if anything. */
	public record ImportForm(@Nullable String errorKey) {
	}

	/** The consent texts in force, and a form for a new version (refilled after a mistake). */
	public record ConsentTextList(List<nl.samenspel.children.ConsentTexts.ConsentText> current,
			nl.samenspel.children.@Nullable ConsentTextDetails failed, FieldMessages errors, List<Option> purposes) {
	}

	/** A parent's own contact details in the portal. */
	public record PortalContact(GuardianDetails details, FieldMessages errors, List<Option> languages) {
	}

	/** Who may collect a child: the list, the form to add someone, and whether the page is the parent portal's. */
	public record CollectorsPage(nl.samenspel.children.CollectionSheet sheet, String base,
			nl.samenspel.children.CollectorDetails collector, FieldMessages errors, boolean portal) {
	}
}
