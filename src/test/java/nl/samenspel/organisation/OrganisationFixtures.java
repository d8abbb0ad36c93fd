package nl.samenspel.organisation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.crypto.password.PasswordEncoder;

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Role;

/**
 * Test data made through the module's own aggregates: fresh organisations, users and places, so that a test never
 * depends on (or spoils) the demo data other tests read.
 */
@TestComponent
public class OrganisationFixtures {

	/** The password of every fixture user. */
	public static final String PASSWORD = "een lange zin als wachtwoord";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final Organisations organisations;
	private final Municipalities municipalities;
	private final Neighbourhoods neighbourhoods;
	private final Locations locations;
	private final UserAccounts users;
	private final PasswordEncoder encoder;
	private final Clock clock;
	private final SecondFactors secondFactors;
	private String passwordHash;

	OrganisationFixtures(Organisations organisations, Municipalities municipalities, Neighbourhoods neighbourhoods,
			Locations locations, UserAccounts users, PasswordEncoder encoder, Clock clock, SecondFactors secondFactors) {
		this.secondFactors = secondFactors;
		this.organisations = organisations;
		this.municipalities = municipalities;
		this.neighbourhoods = neighbourhoods;
		this.locations = locations;
		this.users = users;
		this.encoder = encoder;
		this.clock = clock;
	}

	/** The first demo organisation (Zonnedal) and the second (Rivierstad). */
	public static final UUID DEMO_FIRST = DemoData.FIRST;
	public static final UUID DEMO_SECOND = DemoData.SECOND;

	public static List<String> demoUsernames() {
		return DemoData.usernames();
	}

	public UUID organisation() {
		var organisation = organisations.save(new Organisation(UUID.randomUUID(), "Testorganisatie " + next(),
				Region.NORTH, Instant.now(clock)));
		return organisation.getId();
	}

	/** A municipality with a fresh four-digit code (GM8xxx) in the organisation. */
	public Municipality municipality(UUID organisationId) {
		var code = "GM" + (8000 + next() % 1000);
		return municipalities.save(new Municipality(organisationId, code, "Gemeente " + code));
	}

	public Municipality municipality(UUID organisationId, String code, String name) {
		return municipalities.save(new Municipality(organisationId, code, name));
	}

	public Neighbourhood neighbourhood(UUID organisationId) {
		var municipality = municipality(organisationId);
		var code = "BU" + municipality.digits() + "0101";
		return neighbourhoods.save(new Neighbourhood(organisationId, new NeighbourhoodDetails(municipality.getId(), code,
				"WK" + municipality.digits() + "01", "Buurt " + code, 2024, 300, null, 50, true)));
	}

	public Location location(UUID organisationId) {
		return locations.save(new Location(organisationId, new LocationDetails("Locatie " + next(),
				LocationType.COMMUNITY_CENTRE, "Dorpsstraat 1", "1234 AB", "Testdorp", null, new BigDecimal("52.1"),
				new BigDecimal("5.1"), true)));
	}

	/**
	 * An active user with {@link #PASSWORD}, and a unique user name starting with the given prefix. A user of a role
	 * that requires a second factor has one, with the demo's secret ({@link SecondFactorCodes#SECRET}), as if they
	 * had enrolled.
	 */
	public CurrentUser user(UUID organisationId, String prefix, Role... roles) {
		var user = userWithoutSecondFactor(organisationId, prefix, roles);
		if (SecondFactors.requiredFor(user.roles())) {
			secondFactors.enrolFixed(user.id(), SecondFactorCodes.SECRET);
		}
		return user;
	}

	/** An active user with {@link #PASSWORD} and no second factor, whatever their roles. */
	public CurrentUser userWithoutSecondFactor(UUID organisationId, String prefix, Role... roles) {
		var number = next();
		var user = new UserAccount(organisationId, prefix + "-" + number, "Test " + prefix,
				prefix + number + "@test.samenspel.example", EnumSet.copyOf(List.of(roles)), "nl", Instant.now(clock));
		user.activate(hash());
		users.save(user);
		return user.toCurrentUser();
	}

	/** Gives the user a second factor with this secret, as if they had enrolled. */
	public void enrol(UUID userId, String secret) {
		secondFactors.enrolFixed(userId, secret);
	}

	public UserAccount account(UUID id) {
		return users.findById(id).orElseThrow();
	}

	private synchronized String hash() {
		if (passwordHash == null) {
			passwordHash = encoder.encode(PASSWORD);
		}
		return passwordHash;
	}

	private static int next() {
		return SEQUENCE.incrementAndGet();
	}
}
