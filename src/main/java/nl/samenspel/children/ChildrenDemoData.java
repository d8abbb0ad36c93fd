package nl.samenspel.children;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.kernel.Encryption;
import nl.samenspel.organisation.DemoMode;
import nl.samenspel.organisation.OrganisationManagement;
import nl.samenspel.organisation.UserManagement;

/**
 * Demo children of Zonnedal: a few families, one of them the demo {@code parent}'s, with consents, an allergy and
 * emergency contacts. Loaded once, only in demo mode, after the organisation's demo data.
 */
@Component
@Order(20)
class ChildrenDemoData implements ApplicationRunner {

	private final DemoMode demo;
	private final Children children;
	private final Guardians guardians;
	private final Encryption encryption;
	private final OrganisationManagement organisations;
	private final UserManagement users;
	private final ConsentTexts texts;
	private final Clock clock;
	private final CollectorStore collectors;

	ChildrenDemoData(DemoMode demo, Children children, Guardians guardians, Encryption encryption,
			OrganisationManagement organisations, UserManagement users, ConsentTexts texts, Clock clock,
			CollectorStore collectors) {
		this.collectors = collectors;
		this.demo = demo;
		this.children = children;
		this.guardians = guardians;
		this.encryption = encryption;
		this.organisations = organisations;
		this.users = users;
		this.texts = texts;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments arguments) {
		var organisation = demo.firstOrganisation();
		if (!demo.enabled() || children.count() > 0 || !organisations.municipalities(organisation).stream().findAny().isPresent()) {
			return;
		}
		var now = clock.instant();
		var today = ChildDetailsRules.today(clock);
		var neighbourhoods = organisations.currentNeighbourhoods(organisation);
		var parentId = users.userId(organisation, "parent").orElse(null);

		var priya = guardians.save(new Guardian(organisation, new GuardianDetails("Priya Ouder", Relation.MOTHER,
				"06 12345678", "parent@demo.samenspel.example", "nl"), now));
		if (parentId != null) {
			priya.linkAccount(parentId);
			guardians.save(priya);
		}
		var zoe = child(organisation, "Zoë", "Jansen", today.minusYears(8).minusDays(40), Gender.GIRL,
				neighbourhoods.isEmpty() ? null : neighbourhoods.get(0).getId(), "OBS De Regenboog", now);
		zoe.link(priya.getId(), Relation.MOTHER);
		zoe.giveConsent(new ConsentRequest(priya.getId(), ConsentPurpose.REGISTRATION, ConsentMethod.PAPER),
				texts.current(organisation, ConsentPurpose.REGISTRATION).version(), now, null);
		zoe.giveConsent(new ConsentRequest(priya.getId(), ConsentPurpose.PHOTOS_INTERNAL, ConsentMethod.PAPER),
				texts.current(organisation, ConsentPurpose.PHOTOS_INTERNAL).version(), now, null);
		zoe.addContact(new ContactDetails("Oma Jansen", "grootmoeder", "06 87654321"));
		zoe.seal(new SafetyInfo(encryption.seal("Pinda's (ernstig, EpiPen in de tas)", zoe.getId()), null,
				encryption.seal("Geen varkensvlees", zoe.getId()), null, now));
		children.save(zoe);

		var daan = child(organisation, "Daan", "Jansen", today.minusYears(5).minusDays(100), Gender.BOY,
				neighbourhoods.isEmpty() ? null : neighbourhoods.get(0).getId(), "OBS De Regenboog", now);
		daan.link(priya.getId(), Relation.MOTHER);
		daan.giveConsent(new ConsentRequest(priya.getId(), ConsentPurpose.REGISTRATION, ConsentMethod.PORTAL),
				texts.current(organisation, ConsentPurpose.REGISTRATION).version(), now, null);
		children.save(daan);

		var yusuf = guardians.save(new Guardian(organisation, new GuardianDetails("Yusuf Demir", Relation.FATHER,
				"06 11223344", null, "nl"), now));
		var ayse = child(organisation, "Ayşe", "Demir", today.minusYears(10).minusDays(200), Gender.GIRL,
				neighbourhoods.size() > 2 ? neighbourhoods.get(2).getId() : null, "Basisschool De Molen", now);
		ayse.link(yusuf.getId(), Relation.FATHER);
		ayse.giveConsent(new ConsentRequest(yusuf.getId(), ConsentPurpose.REGISTRATION, ConsentMethod.SPOKEN),
				texts.current(organisation, ConsentPurpose.REGISTRATION).version(), now, null);
		children.save(ayse);

		// who may collect them: the grandmother and a neighbour for Zoë and Daan, an uncle for Ayşe, who may also walk home
		for (var child : java.util.List.of(zoe, daan)) {
			collectors.insert(java.util.UUID.randomUUID(), organisation, child.getId(), "Oma Jansen", "oma", "06 87654321", now);
			collectors.insert(java.util.UUID.randomUUID(), organisation, child.getId(), "Fatima el Amrani", "buurvrouw", null, now);
		}
		collectors.insert(java.util.UUID.randomUUID(), organisation, ayse.getId(), "Mehmet Demir", "oom", "06 55667788", now);
		collectors.goesHomeAlone(organisation, ayse.getId(), true, yusuf.getId(), now);

		var lukasz = child(organisation, "Łukasz", "Nowak", today.minusYears(11).minusDays(10), Gender.BOY, null,
				"Basisschool De Molen", now);
		children.save(lukasz);
	}

	private static Child child(java.util.UUID organisation, String first, String last, LocalDate born, Gender gender,
			java.util.@org.jspecify.annotations.Nullable UUID neighbourhood, String school, java.time.Instant now) {
		return new Child(organisation, new ChildDetails(first, last, born, gender, neighbourhood, null, school, null),
				ChildStatus.ACTIVE, null, now);
	}

}
