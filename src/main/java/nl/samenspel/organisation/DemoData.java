package nl.samenspel.organisation;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.kernel.Role;

/**
 * The demo: the fictional municipality of Zonnedal with seven neighbourhoods, two organisations, a few locations
 * and one user per role, all with the password {@code samenspel-demo} and a second factor with the fixed secret
 * {@link SecondFactors#DEMO_SECRET}. Loaded once, only in {@link DemoMode}.
 */
@Component
@org.springframework.core.annotation.Order(10)
class DemoData implements ApplicationRunner {

	static final String PASSWORD = "samenspel-demo";
	static final UUID FIRST = UUID.nameUUIDFromBytes("samenspel-demo-organisation-1".getBytes(StandardCharsets.UTF_8));
	static final UUID SECOND = UUID.nameUUIDFromBytes("samenspel-demo-organisation-2".getBytes(StandardCharsets.UTF_8));

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final DemoMode mode;
	private final Organisations organisations;
	private final Municipalities municipalities;
	private final Neighbourhoods neighbourhoods;
	private final Locations locations;
	private final UserAccounts users;
	private final PasswordEncoder encoder;
	private final Clock clock;
	private final CbsFigures cbs;
	private final SecondFactors secondFactors;

	DemoData(DemoMode mode, Organisations organisations, Municipalities municipalities, Neighbourhoods neighbourhoods,
			Locations locations, UserAccounts users, PasswordEncoder encoder, Clock clock, CbsFigures cbs,
			SecondFactors secondFactors) {
		this.cbs = cbs;
		this.secondFactors = secondFactors;
		this.mode = mode;
		this.organisations = organisations;
		this.municipalities = municipalities;
		this.neighbourhoods = neighbourhoods;
		this.locations = locations;
		this.users = users;
		this.encoder = encoder;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments arguments) {
		if (!mode.enabled()) {
			return;
		}
		if (organisations.existsById(FIRST)) {
			// demo data of an earlier version: its users get the demo's second factor too
			usernames().forEach(name -> users.findByUsername(name)
				.filter(user -> !secondFactors.enrolled(user.getId()))
				.ifPresent(user -> secondFactors.enrolFixed(user.getId(), SecondFactors.DEMO_SECRET)));
			return;
		}
		var now = Instant.now(clock);
		organisations.save(new Organisation(FIRST, "Stichting Welzijn Zonnedal", Region.MIDDLE, now));
		organisations.save(new Organisation(SECOND, "Stichting Kinderwerk Rivierstad", Region.SOUTH, now));

		var zonnedal = municipalities.save(new Municipality(FIRST, "GM9901", "Zonnedal"));
		var rivierstad = municipalities.save(new Municipality(SECOND, "GM9902", "Rivierstad"));

		var centrum = neighbourhood(FIRST, zonnedal, "BU99010101", "Centrum", 410, 38);
		neighbourhood(FIRST, zonnedal, "BU99010102", "Oude Haven", 255, 41);
		var molenwijk = neighbourhood(FIRST, zonnedal, "BU99010103", "Molenwijk", 630, 77);
		neighbourhood(FIRST, zonnedal, "BU99010201", "De Akkers", 545, 120);
		var zonnepark = neighbourhood(FIRST, zonnedal, "BU99010202", "Zonnepark", 720, 95);
		neighbourhood(FIRST, zonnedal, "BU99010203", "Bloemenbuurt", 385, 52);
		neighbourhood(FIRST, zonnedal, "BU99010204", "Industrieterrein Noord", 0, 210);
		var haven = neighbourhood(SECOND, rivierstad, "BU99020101", "Rivierkwartier", 480, 64);
		neighbourhood(SECOND, rivierstad, "BU99020102", "Dijkzicht", 300, 58);
		neighbourhood(SECOND, rivierstad, "BU99020103", "Polderwijk", 515, 133);

		location(FIRST, "Buurthuis De Kroon", LocationType.COMMUNITY_CENTRE, "Kroonplein 1", "9901 AA", centrum, "52.090100", "5.121400");
		location(FIRST, "Speeltuin De Bolder", LocationType.PLAYGROUND, "Bolderweg 12", "9903 BK", zonnepark, "52.081500", "5.140200");
		location(FIRST, "OBS De Regenboog", LocationType.SCHOOL, "Molenlaan 30", "9902 CM", molenwijk, "52.095300", "5.110800");
		location(FIRST, "Trapveld Oost", LocationType.OTHER, null, null, zonnepark, null, null);
		location(SECOND, "Buurthuis Rivierzicht", LocationType.COMMUNITY_CENTRE, "Kade 4", "9911 RK", haven, "51.812000", "5.860100");

		// one hash per user, each with its own salt: one cracked or compared hash must not stand for all of them
		user(FIRST, "admin", "Anouk Admin", Role.ADMIN, now);
		user(FIRST, "coordinator", "Carlos Coördinator", Role.COORDINATOR, now);
		user(FIRST, "worker", "Wendy Kinderwerker", Role.WORKER, now);
		user(FIRST, "safeguarding", "Sanne Aandachtsfunctionaris", Role.SAFEGUARDING_OFFICER, now);
		user(FIRST, "volunteer", "Vincent Vrijwilliger", Role.VOLUNTEER, now);
		user(FIRST, "parent", "Priya Ouder", Role.PARENT, now);
		user(FIRST, "partner", "Pieter Partner", Role.PARTNER, now);
		user(FIRST, "municipality", "Mila Gemeente", Role.MUNICIPALITY, now);
		user(SECOND, "admin2", "Ahmed Admin", Role.ADMIN, now);
		log.info("Demo data loaded: sign in as admin, coordinator, worker, safeguarding, volunteer, parent, partner, "
				+ "municipality or admin2 with password '{}' and the code of the demo's TOTP secret {} (the login's "
				+ "second step shows it in demo mode)", PASSWORD, SecondFactors.DEMO_SECRET);
	}

	private Neighbourhood neighbourhood(UUID organisation, Municipality municipality, String code, String name,
			int children, int hectares) {
		var details = new NeighbourhoodDetails(municipality.getId(), code, "WK" + code.substring(2, 8), name, 2024, children,
				null, hectares, true);
		// the platform's CBS figures, as a platform operator's import of 2024 would have left them
		cbs.store(details, 2024);
		return neighbourhoods.save(new Neighbourhood(organisation, details));
	}

	private void location(UUID organisation, String name, LocationType type, String street, String postcode,
			Neighbourhood neighbourhood, String latitude, String longitude) {
		locations.save(new Location(organisation, new LocationDetails(name, type, street, postcode,
				street == null ? null : neighbourhood.getName().equals("Rivierkwartier") ? "Rivierstad" : "Zonnedal",
				neighbourhood.getId(), latitude == null ? null : new java.math.BigDecimal(latitude),
				longitude == null ? null : new java.math.BigDecimal(longitude), true)));
	}

	private void user(UUID organisation, String username, String name, Role role, Instant now) {
		var hash = encoder.encode(PASSWORD);
		var user = new UserAccount(organisation, username, name, username + "@demo.samenspel.example",
				EnumSet.of(role), "nl", now);
		user.activate(hash);
		users.save(user);
		// a fixed, documented second factor (README): only demo users, only in demo mode
		secondFactors.enrolFixed(user.getId(), SecondFactors.DEMO_SECRET);
	}

	static List<String> usernames() {
		return List.of("admin", "coordinator", "worker", "safeguarding", "volunteer", "parent", "partner",
				"municipality", "admin2");
	}
}
