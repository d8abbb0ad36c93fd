package nl.samenspel.children.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import nl.samenspel.children.AssentRequest;
import nl.samenspel.children.Child;
import nl.samenspel.children.ChildConsents;
import nl.samenspel.children.ChildGuardians;
import nl.samenspel.children.ChildManagement;
import nl.samenspel.children.ChildPanels;
import nl.samenspel.children.ChildRegistry;
import nl.samenspel.children.ChildSafety;
import nl.samenspel.children.ConsentMethod;
import nl.samenspel.children.ConsentPurpose;
import nl.samenspel.children.ContactDetails;
import nl.samenspel.children.Gender;
import nl.samenspel.children.Guardian;
import nl.samenspel.children.GuardianDetails;
import nl.samenspel.children.GuardianLink;
import nl.samenspel.children.Relation;
import nl.samenspel.children.SafetyDetails;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Role;
import nl.samenspel.organisation.Neighbourhood;
import nl.samenspel.organisation.OrganisationManagement;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Messages;
import nl.samenspel.ui.Option;
import nl.samenspel.ui.Page;
import nl.samenspel.ui.Panel;

/** Builds the view records of the children pages, shared by the staff pages and the parent portal. */
@Component
class ChildPages {

	private final ChildManagement management;
	private final ChildRegistry registry;
	private final ChildGuardians guardianship;
	private final ChildConsents consents;
	private final ChildSafety safetyRecords;
	private final OrganisationManagement organisations;
	private final ObjectProvider<ChildPanels> panels;

	ChildPages(ChildManagement management, ChildRegistry registry, ChildGuardians guardianship, ChildConsents consents,
			ChildSafety safetyRecords, OrganisationManagement organisations, ObjectProvider<ChildPanels> panels) {
		this.management = management;
		this.registry = registry;
		this.guardianship = guardianship;
		this.consents = consents;
		this.safetyRecords = safetyRecords;
		this.organisations = organisations;
		this.panels = panels;
	}

	Map<UUID, String> neighbourhoodNames(UUID organisationId) {
		return organisations.currentNeighbourhoods(organisationId).stream()
			.collect(Collectors.toMap(Neighbourhood::getId, Neighbourhood::getName, (a, b) -> a, LinkedHashMap::new));
	}

	List<Option> neighbourhoodOptions(UUID organisationId, @Nullable UUID selected) {
		return neighbourhoodNames(organisationId).entrySet().stream()
			.map(it -> new Option(it.getKey().toString(), it.getValue(), it.getKey().equals(selected)))
			.toList();
	}

	List<Option> genders(Messages messages, @Nullable Gender selected) {
		return enumOptions(Gender.values(), "child.gender.", messages, selected);
	}

	static <E extends Enum<E>> List<Option> enumOptions(E[] values, String prefix, Messages messages,
			@Nullable Object selected) {
		return Arrays.stream(values).map(it -> new Option(it.name(), messages.t(prefix + it.name()), it.equals(selected)))
			.toList();
	}

	List<Views.ConsentLine> consentLines(Child child, List<Guardian> guardians, Messages messages) {
		var names = guardians.stream().collect(Collectors.toMap(Guardian::getId, Guardian::getName));
		return Arrays.stream(ConsentPurpose.values()).map(purpose -> {
			var consent = child.currentConsent(purpose).orElse(null);
			var assent = child.currentAssent(purpose)
				.map(it -> new AssentRequest(it.purpose(), it.agrees(), it.words()))
				.orElse(null);
			var text = consents.consentText(child.getOrganisationId(), purpose);
			return new Views.ConsentLine(purpose, consent, consent == null ? null : names.get(consent.getGuardianId()),
					assent, text.version(), text.in(messages.language()));
		}).toList();
	}

	Views.ChildPage page(CurrentUser user, Child child, Page page, FieldMessages errors, @Nullable String form,
			@Nullable GuardianDetails newGuardian, @Nullable ContactDetails newContact) {
		var messages = page.messages();
		var guardians = management.guardians(child);
		var relations = child.getGuardians().stream()
			.collect(Collectors.toMap(GuardianLink::guardianId, link -> messages.t("guardian.relation." + link.relation().name())));
		var safety = safetyRecords.maySeeHealth(user, child) ? safetyRecords.safety(user, child) : null;
		var neighbourhood = child.getNeighbourhoodId() == null ? null
				: neighbourhoodNames(user.organisationId()).get(child.getNeighbourhoodId());
		var guardianNames = guardians.stream().collect(Collectors.toMap(Guardian::getId, Guardian::getName));
		var canEdit = user.hasAnyRole(Role.COORDINATOR, Role.WORKER);
		return new Views.ChildPage(child, neighbourhood, guardians, relations, consentLines(child, guardians, messages),
				child.consentHistory(), guardianNames, safety, canEdit,
				enumOptions(ConsentPurpose.values(), "consent.purpose.", messages, null),
				enumOptions(ConsentMethod.values(), "consent.method.", messages, ConsentMethod.PAPER),
				guardians.stream().map(it -> new Option(it.getId().toString(), it.getName(), false)).toList(),
				enumOptions(Relation.values(), "guardian.relation.", messages,
						newGuardian == null ? null : newGuardian.relation()),
				newGuardian == null ? new GuardianDetails(null, null, null, null, "nl") : newGuardian,
				newContact == null ? new ContactDetails(null, null, null) : newContact, errors, form,
				registry.possibleDuplicates(user, child), user.hasRole(Role.COORDINATOR),
				canEdit ? guardianship.siblingGuardians(user, child).stream()
					.map(it -> new Option(it.getId().toString(), it.getName(), false)).toList() : List.of(),
				panels(user, child.getId(), page));
	}

	/**
	 * What the other modules show on the child's page (places, attendance, referrals, signals and cases), each as far
	 * as the viewer may see it, in their order.
	 */
	List<Panel> panels(CurrentUser user, UUID childId, Page page) {
		return panels.orderedStream().flatMap(source -> source.panels(user, childId, page).stream())
			.sorted(java.util.Comparator.comparingInt(Panel::order))
			.toList();
	}

	/** The child's page again, with the form that was sent open and its errors beside it. */
	String showAgain(UUID id, FieldMessages errors, String form, @Nullable GuardianDetails guardian,
			@Nullable ContactDetails contact, Page page, Model model) {
		var user = CurrentUser.required();
		model.addAttribute("view", page(user, management.child(user, id), page, errors, form, guardian, contact));
		return "children/show";
	}

	/**
	 * The safety form of a child, for staff ({@code /children/{id}}) or a parent ({@code /portal/children/{id}}): what
	 * is stored, or with {@code details} what was sent and its messages.
	 */
	String safetyForm(UUID id, @Nullable SafetyDetails details, FieldMessages errors, String base, Model model) {
		var user = CurrentUser.required();
		var child = management.child(user, id);
		model.addAttribute("form", new Views.SafetyForm(id, child.getName(),
				details == null ? safetyRecords.safety(user, child) : details, errors, base + "/safety", base));
		return "children/safety";
	}
}
