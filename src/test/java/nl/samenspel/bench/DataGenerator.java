package nl.samenspel.bench;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.flywaydb.core.Flyway;

import nl.samenspel.children.ChildNames;

/**
 * Generates a realistic data set for the reporting benchmark straight into a PostgreSQL database that Flyway has
 * migrated (or migrates it first with {@code --migrate}). Not part of the application: it ships with the tests.
 * <p>
 * At {@code --scale 1}: one municipality ({@code --municipality GM9950}, {@code --name Benchmarkstad}) with 40 CBS
 * neighbourhoods in 8 districts; 8 organisations working there, each with its own municipality and neighbourhood rows
 * (same codes), 60 locations, about 400 staff users; 100,000 children with guardians and registration consent;
 * 2,000 activities with weekly sessions over the 3 years up to {@code --until} (default today) plus 4 weeks ahead,
 * about 3 percent of the past ones cancelled, the rest held; 5,000,000 attendance rows (about 90 percent present),
 * walk-in counts on about 40 percent of the held sessions, 1 to 3 staff per session; 3,000 signals, 600 Meldcode
 * cases with their steps, 4,000 referrals to the social map with their status history. Counts of users, children,
 * activities, attendance, signals, cases and referrals scale with {@code --scale}; places do not.
 * <p>
 * Deterministic: the same {@code --seed}, {@code --scale}, {@code --municipality} and {@code --until} give the same
 * rows, ids included. Everything is written in one transaction with COPY; the big tables' indexes and foreign keys
 * are dropped for the load and created again at the end (so PostgreSQL checks every foreign key once, in bulk), and
 * a failure leaves the database as it was.
 * <p>
 * Sealed columns (signal facts and source, referral reason, contact and no-consent reason, case entry content):
 * with {@code --key-file} (a base64 AES-256 key; created when missing) and {@code --key-id} (default {@code local},
 * the id of a demo run's {@code samenspel.encryption.key-file}) they are sealed like the application seals them, so
 * an application started with that key opens them. Without a key file they hold the fixed opaque placeholder
 * {@link #PLACEHOLDER}, which the application cannot open: fine for reporting, which never reads them. No health
 * information, photos, emergency contacts or audit events are generated.
 * <p>
 * Run it with bench/generate.sh (which creates the database samenspel_bench, then VACUUM ANALYZE), or on its own
 * as in the comment below; bench/README.md tells more.
 */
// ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=nl.samenspel.bench.DataGenerator \
//     -Dexec.args="--url jdbc:postgresql://127.0.0.1:5432/samenspel_bench --migrate --scale 1"
public final class DataGenerator {

	/** What a sealed column holds when no key file is given: not a value the application can open. */
	public static final String PLACEHOLDER = "v1:bench-placeholder:QmVuY2htYXJrZ2VnZXZlbnMsIG5pZXQgdmVyc2xldXRlbGQ=";

	/** The password of every generated user, as the application stores it: {@code samenspel-demo}. */
	static final String PASSWORD_HASH = "{bcrypt}$2a$12$xssx73DXoBE9IXYkr6wi5uxMJSBtBTgprUCvjHTS8G3cFm6.rYgky";

	private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	/** The command line. */
	public record Options(String url, String user, String password, double scale, String municipality, String name,
			long seed, LocalDate until, boolean migrate, Path keyFile, String keyId) {

		public static Options parse(String... args) {
			var values = new LinkedHashMap<String, String>();
			var flags = new HashSet<String>();
			for (int i = 0; i < args.length; i++) {
				var arg = args[i];
				if (!arg.startsWith("--")) {
					throw new IllegalArgumentException("unexpected argument: " + arg);
				}
				if (arg.equals("--migrate") || arg.equals("--help")) {
					flags.add(arg);
				}
				else if (i + 1 < args.length) {
					values.put(arg, args[++i]);
				}
				else {
					throw new IllegalArgumentException(arg + " needs a value");
				}
			}
			if (flags.contains("--help")) {
				System.out.println("""
						DataGenerator --url jdbc:postgresql://127.0.0.1:5432/samenspel_bench [--user postgres]
						  [--password ''] [--scale 1] [--municipality GM9950] [--name Benchmarkstad] [--seed 6]
						  [--until yyyy-mm-dd (default today)] [--migrate] [--key-file path] [--key-id local]""");
				System.exit(0);
			}
			var municipality = values.getOrDefault("--municipality", "GM9950");
			if (!municipality.matches("GM\\d{4}")) {
				throw new IllegalArgumentException("--municipality must be GM and four digits");
			}
			var options = new Options(values.getOrDefault("--url", "jdbc:postgresql://127.0.0.1:5432/samenspel_bench"),
					values.getOrDefault("--user", "postgres"), values.getOrDefault("--password", ""),
					Double.parseDouble(values.getOrDefault("--scale", "1")), municipality,
					values.getOrDefault("--name", "Benchmarkstad"), Long.parseLong(values.getOrDefault("--seed", "6")),
					values.containsKey("--until") ? LocalDate.parse(values.get("--until")) : LocalDate.now(AMSTERDAM),
					flags.contains("--migrate"), values.containsKey("--key-file") ? Path.of(values.get("--key-file")) : null,
					values.getOrDefault("--key-id", "local"));
			if (!(options.scale > 0 && options.scale <= 10)) {
				throw new IllegalArgumentException("--scale must be above 0 and at most 10");
			}
			return options;
		}

		int scaled(int count) {
			return Math.max(1, (int) Math.round(count * scale));
		}
	}

	public static void main(String[] args) throws Exception {
		var options = Options.parse(args);
		var started = System.nanoTime();
		var generator = new DataGenerator(options);
		var written = generator.run();
		System.out.printf(Locale.ROOT, "Generated %s (%s) at scale %s in %.1f s%n", options.municipality(), options.name(),
				options.scale(), (System.nanoTime() - started) / 1e9);
		written.forEach((table, rows) -> System.out.printf(Locale.ROOT, "  %-36s %,12d%n", table, rows));
	}

	private final Options options;
	private final Map<String, Long> written = new LinkedHashMap<>();
	private final Sealer sealer;
	private Connection connection;
	private long lastReport = System.nanoTime();

	public DataGenerator(Options options) throws IOException {
		this.options = options;
		this.sealer = new Sealer(options.keyFile(), options.keyId(), new SplittableRandom(options.seed() * 7919 + 13));
	}

	// ---------------------------------------------------------------------------------------------------------------
	// the model, in memory

	private static final class Neighbourhood {
		final int index;
		final String code;
		final String districtCode;
		final int district;
		final String name;
		final int children412;
		final int hectares;

		Neighbourhood(int index, String code, String districtCode, int district, String name, int children412, int hectares) {
			this.index = index;
			this.code = code;
			this.districtCode = districtCode;
			this.district = district;
			this.name = name;
			this.children412 = children412;
			this.hectares = hectares;
		}
	}

	private static final class Organisation {
		final int index;
		final UUID id;
		final String name;
		final double weight;
		final UUID municipalityId;
		final UUID[] neighbourhoodIds;
		final List<Location> locations = new ArrayList<>();
		final List<User> coordinators = new ArrayList<>();
		final List<User> workers = new ArrayList<>();
		final List<User> volunteers = new ArrayList<>();
		final List<User> officers = new ArrayList<>();
		final List<Service> services = new ArrayList<>();
		final List<List<Integer>> childrenByNeighbourhood = new ArrayList<>();
		final List<Integer> children = new ArrayList<>();
		final List<Activity> activities = new ArrayList<>();

		Organisation(int index, UUID id, String name, double weight, UUID municipalityId, int neighbourhoods) {
			this.index = index;
			this.id = id;
			this.name = name;
			this.weight = weight;
			this.municipalityId = municipalityId;
			this.neighbourhoodIds = new UUID[neighbourhoods];
			for (int i = 0; i < neighbourhoods; i++) {
				childrenByNeighbourhood.add(new ArrayList<>());
			}
		}

		List<User> staff() {
			var staff = new ArrayList<User>(coordinators);
			staff.addAll(workers);
			return staff;
		}
	}

	private record Location(UUID id, Organisation organisation, Neighbourhood neighbourhood, String name) {
	}

	private record User(UUID id, String text, Organisation organisation, String role) {
	}

	private record Service(UUID id, String kind, String route, boolean national, int weight) {
	}

	private static final class ChildRow {
		final UUID id;
		final String text;
		final Organisation organisation;
		final Neighbourhood neighbourhood;
		final LocalDate born;
		UUID guardian;
		LocalDate firstSeen;
		LocalDate lastSeen;

		ChildRow(UUID id, Organisation organisation, Neighbourhood neighbourhood, LocalDate born) {
			this.id = id;
			this.text = id.toString();
			this.organisation = organisation;
			this.neighbourhood = neighbourhood;
			this.born = born;
		}
	}

	private static final class Activity {
		final UUID id;
		final Organisation organisation;
		final Location location;
		final Kind kind;
		final int minAge;
		final int maxAge;
		final String mode;
		final double weight;
		final DayOfWeek weekday;
		final LocalTime startsAt;
		final int minutes;
		final LocalDate firstDate;
		final LocalDate lastDate;
		final boolean skipsHolidays;
		final UUID scheduleId;
		final List<User> staff = new ArrayList<>();
		final List<Session> sessions = new ArrayList<>();
		int[][] pools;
		double rowChance;

		Activity(UUID id, Organisation organisation, Location location, Kind kind, int minAge, int maxAge, String mode,
				double weight, DayOfWeek weekday, LocalTime startsAt, int minutes, LocalDate firstDate, LocalDate lastDate,
				boolean skipsHolidays, UUID scheduleId) {
			this.id = id;
			this.organisation = organisation;
			this.location = location;
			this.kind = kind;
			this.minAge = minAge;
			this.maxAge = maxAge;
			this.mode = mode;
			this.weight = weight;
			this.weekday = weekday;
			this.startsAt = startsAt;
			this.minutes = minutes;
			this.firstDate = firstDate;
			this.lastDate = lastDate;
			this.skipsHolidays = skipsHolidays;
			this.scheduleId = scheduleId;
		}
	}

	private static final class Session {
		final UUID id;
		final String text;
		final Activity activity;
		final LocalDate date;
		final int year;
		boolean cancelled;
		boolean held;
		User[] staff;
		String heldAt;
		String recordedAt;

		Session(UUID id, Activity activity, LocalDate date, int year) {
			this.id = id;
			this.text = id.toString();
			this.activity = activity;
			this.date = date;
			this.year = year;
		}
	}

	/** A kind of activity: its titles' first word, its description, tasks, themes and ages. */
	record Kind(String title, String description, String[] tasks, String[] themes, int minAge, int maxAge) {
	}

	// ---------------------------------------------------------------------------------------------------------------

	private final List<Neighbourhood> neighbourhoods = new ArrayList<>();
	private final List<Organisation> organisations = new ArrayList<>();
	private final List<ChildRow> children = new ArrayList<>();
	private final List<Activity> activities = new ArrayList<>();
	private final List<Session> sessions = new ArrayList<>();
	private final List<String> schools = new ArrayList<>();
	private LocalDate from;
	private LocalDate to;

	/** Generates everything, in one transaction; returns the rows written per table. */
	public Map<String, Long> run() throws Exception {
		if (options.migrate()) {
			Flyway.configure().dataSource(options.url(), options.user(), options.password())
				.locations("classpath:db/migration").load().migrate();
			report("migrated");
		}
		try (var connection = DriverManager.getConnection(options.url(), options.user(), options.password())) {
			this.connection = connection;
			connection.setAutoCommit(false);
			try (var statement = connection.createStatement()) {
				statement.execute("set local synchronous_commit = off");
				statement.execute("set local maintenance_work_mem = '512MB'");
				try (var rs = statement.executeQuery(
						"select count(*) from municipality where code = '" + options.municipality() + "'")) {
					rs.next();
					if (rs.getLong(1) > 0) {
						throw new IllegalStateException(options.municipality() + " was generated in this database "
								+ "already: drop the database or choose another --municipality");
					}
				}
			}
			try {
				generate();
				connection.commit();
			}
			catch (Exception e) {
				connection.rollback();
				throw e;
			}
			report("committed");
		}
		return written;
	}

	private void generate() throws Exception {
		to = options.until().plusWeeks(4);
		from = options.until().minusYears(3).plusDays(1);
		places();
		staff();
		socialMap();
		planActivities();
		planChildren();
		planPools();
		writeChildren();
		writeActivities();
		writeSessions();
		writeAttendance();
		var signalRows = planSignals();
		writeCases(signalRows);
		writeReferrals();
	}

	private SplittableRandom random(int part) {
		return new SplittableRandom(options.seed() * 1_000_003L + part * 7_919L + options.municipality().hashCode());
	}

	private static UUID uuid(SplittableRandom random) {
		return new UUID((random.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L,
				(random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L);
	}

	private Copy copy(String table, String columns) throws SQLException {
		return new Copy(connection, table, columns, false);
	}

	private void count(String table, Copy copy) throws SQLException {
		copy.close();
		written.merge(table, copy.rows(), Long::sum);
	}

	private void report(String step) {
		var now = System.nanoTime();
		System.out.printf(Locale.ROOT, "%-44s %6.1f s%n", step, (now - lastReport) / 1e9);
		lastReport = now;
	}

	private static <T> T pick(SplittableRandom random, List<T> list) {
		return list.get(random.nextInt(list.size()));
	}

	private static <T> T pick(SplittableRandom random, T[] array) {
		return array[random.nextInt(array.length)];
	}

	/** An index chosen with the given weights. */
	private static int weighted(SplittableRandom random, double... weights) {
		double total = 0;
		for (var weight : weights) {
			total += weight;
		}
		double roll = random.nextDouble() * total;
		for (int i = 0; i < weights.length; i++) {
			roll -= weights[i];
			if (roll < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

	private static String instant(LocalDate date, LocalTime time) {
		return date.atTime(time).atZone(AMSTERDAM).toInstant().toString();
	}

	private String instant(LocalDate date, SplittableRandom random) {
		return instant(date, LocalTime.of(9 + random.nextInt(9), random.nextInt(60)));
	}

	private LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	// ---------------------------------------------------------------------------------------------------------------
	// organisations, the municipality and its neighbourhoods, locations

	private void places() throws SQLException {
		var random = random(1);
		var digits = options.municipality().substring(2);
		for (int district = 0; district < Names.DISTRICTS.length; district++) {
			for (int buurt = 0; buurt < 5; buurt++) {
				int index = district * 5 + buurt;
				var districtCode = "WK" + digits + String.format(Locale.ROOT, "%02d", district);
				var code = "BU" + digits + String.format(Locale.ROOT, "%02d%02d", district, buurt + 1);
				var name = Names.NEIGHBOURHOODS[index];
				// industrial and rural neighbourhoods have few children; the rest between 400 and 3,200
				int children = name.startsWith("Bedrijventerrein") ? 5 + random.nextInt(20) : 400 + random.nextInt(2800);
				neighbourhoods.add(new Neighbourhood(index, code, districtCode, district, name, children, 25 + random.nextInt(400)));
			}
		}
		for (int district = 0; district < Names.DISTRICTS.length; district++) {
			for (int i = 0; i < 10; i++) {
				schools.add(Names.SCHOOL_KINDS[(district + i) % Names.SCHOOL_KINDS.length] + " "
						+ Names.SCHOOL_NAMES[district * 10 + i]);
			}
		}
		double[] weights = { 0.24, 0.18, 0.14, 0.12, 0.1, 0.08, 0.08, 0.06 };
		var created = instant(from.minusYears(1), LocalTime.NOON);
		try (var orgs = copy("organisation", "id, version, name, region, active, created_at");
				var municipalities = copy("municipality", "id, version, organisation_id, code, name, active")) {
			for (int i = 0; i < weights.length; i++) {
				var organisation = new Organisation(i, uuid(random), String.format(Locale.ROOT, Names.ORGANISATIONS[i],
						options.name()), weights[i], uuid(random), neighbourhoods.size());
				organisations.add(organisation);
				orgs.id(organisation.id).number(0).text(organisation.name).raw("MIDDLE").bool(true).raw(created).end();
				municipalities.id(organisation.municipalityId).number(0).id(organisation.id).raw(options.municipality())
					.text(options.name()).bool(true).end();
			}
			count("organisation", orgs);
			count("municipality", municipalities);
		}
		try (var copy = copy("neighbourhood", "id, version, organisation_id, municipality_id, code, district_code, name, "
				+ "cbs_year, children_0_14, children_4_12, children_4_12_estimated, land_area_hectares, active")) {
			for (var organisation : organisations) {
				for (var n : neighbourhoods) {
					organisation.neighbourhoodIds[n.index] = uuid(random);
					copy.id(organisation.neighbourhoodIds[n.index]).number(0).id(organisation.id).id(organisation.municipalityId)
						.raw(n.code).raw(n.districtCode).text(n.name).number(2025).number(Math.round(n.children412 * 1.55))
						.number(n.children412).bool(true).number(n.hectares).bool(true).end();
				}
			}
			count("neighbourhood", copy);
		}
		// the platform's CBS figures (V17): one row per neighbourhood, as a platform operator's import would leave them
		try (var copy = copy("cbs_neighbourhood", "code, cbs_year, district_code, name, children_0_14, children_4_12, "
				+ "land_area_hectares, imported_at")) {
			for (var n : neighbourhoods) {
				copy.raw(n.code).number(2025).raw(n.districtCode).text(n.name).number(Math.round(n.children412 * 1.55))
					.number(n.children412).number(n.hectares).raw(created).end();
			}
			count("cbs_neighbourhood", copy);
		}
		// 60 locations: at least one per organisation, the rest by weight; each organisation works in a few districts
		int total = 60;
		var perOrganisation = new int[organisations.size()];
		Arrays.fill(perOrganisation, 1);
		for (int i = organisations.size(); i < total; i++) {
			perOrganisation[weighted(random, weights)]++;
		}
		var types = new String[] { "COMMUNITY_CENTRE", "SCHOOL", "PLAYGROUND", "OTHER" };
		try (var copy = copy("location", "id, version, organisation_id, name, type, street, postcode, city, "
				+ "neighbourhood_id, latitude, longitude, active")) {
			int number = 0;
			for (var organisation : organisations) {
				int home = random.nextInt(Names.DISTRICTS.length);
				for (int i = 0; i < perOrganisation[organisation.index]; i++) {
					int district = random.nextDouble() < 0.7 ? (home + i / 3) % Names.DISTRICTS.length
							: random.nextInt(Names.DISTRICTS.length);
					var candidates = neighbourhoods.stream().filter(n -> n.district == district && n.children412 > 100).toList();
					var neighbourhood = pick(random, candidates);
					int type = weighted(random, 0.4, 0.3, 0.2, 0.1);
					var name = switch (type) {
						case 0 -> "Buurthuis " + Names.LOCATION_NAMES[number % Names.LOCATION_NAMES.length];
						case 1 -> "Gymzaal " + schools.get(neighbourhood.district * 10 + random.nextInt(10));
						case 2 -> "Speeltuin " + Names.LOCATION_NAMES[number % Names.LOCATION_NAMES.length];
						default -> "Trapveld " + neighbourhood.name;
					};
					number++;
					var location = new Location(uuid(random), organisation, neighbourhood, name);
					organisation.locations.add(location);
					copy.id(location.id).number(0).id(organisation.id).text(name).raw(types[type])
						.text(type == 3 ? null : Names.STREETS[random.nextInt(Names.STREETS.length)] + " " + (1 + random.nextInt(120)))
						.raw(type == 3 ? null : postcode(neighbourhood) + " " + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26)))
						.text(type == 3 ? null : options.name()).id(organisation.neighbourhoodIds[neighbourhood.index])
						.raw(String.format(Locale.ROOT, "%.6f", 52.05 + neighbourhood.district * 0.012 + random.nextDouble() * 0.01))
						.raw(String.format(Locale.ROOT, "%.6f", 5.08 + (neighbourhood.index % 5) * 0.015 + random.nextDouble() * 0.01))
						.bool(true).end();
				}
			}
			count("location", copy);
		}
		report("organisations, neighbourhoods, locations");
	}

	private String postcode(Neighbourhood neighbourhood) {
		return String.valueOf(9100 + neighbourhood.district * 10 + neighbourhood.index % 5);
	}

	// ---------------------------------------------------------------------------------------------------------------
	// staff: coordinators, workers, volunteers, a safeguarding officer each, and one municipality account

	private void staff() throws SQLException {
		var random = random(2);
		var prefix = options.municipality().toLowerCase(Locale.ROOT);
		var created = instant(from.minusYears(1), LocalTime.NOON);
		try (var users = copy("app_user", "id, version, organisation_id, username, display_name, email, password_hash, "
				+ "preferred_language, status, created_at");
				var roles = copy("app_user_role", "app_user_id, role")) {
			for (var organisation : organisations) {
				int coordinators = 1 + (organisation.weight > 0.15 ? 1 : 0);
				int workers = Math.max(2, (int) Math.round(110 * organisation.weight * options.scale()));
				int volunteers = Math.max(2, (int) Math.round(260 * organisation.weight * options.scale()));
				var counts = new int[] { coordinators, workers, volunteers, 1 };
				var names = new String[] { "COORDINATOR", "WORKER", "VOLUNTEER", "SAFEGUARDING_OFFICER" };
				var lists = List.of(organisation.coordinators, organisation.workers, organisation.volunteers,
						organisation.officers);
				for (int kind = 0; kind < names.length; kind++) {
					for (int i = 1; i <= counts[kind]; i++) {
						var id = uuid(random);
						var user = new User(id, id.toString(), organisation, names[kind]);
						lists.get(kind).add(user);
						var username = prefix + "-o" + (organisation.index + 1) + "-" + names[kind].toLowerCase(Locale.ROOT)
								.replace("safeguarding_officer", "safeguarding") + "-" + i;
						var display = pick(random, Names.FIRST_NAMES) + " " + pick(random, Names.LAST_NAMES);
						// a few volunteers have left: they stay as the staff of past sessions
						var status = names[kind].equals("VOLUNTEER") && random.nextDouble() < 0.06 ? "DEACTIVATED" : "ACTIVE";
						users.id(id).number(0).id(organisation.id).text(username).text(display)
							.text(username + "@bench.samenspel.example").text(PASSWORD_HASH).raw("nl").raw(status).raw(created).end();
						roles.id(id).raw(names[kind]).end();
					}
				}
			}
			// the municipality's own account (in the first organisation, as the demo data does)
			var id = uuid(random);
			users.id(id).number(0).id(organisations.get(0).id).text(prefix + "-gemeente").text("Gemeente " + options.name())
				.text(prefix + "-gemeente@bench.samenspel.example").text(PASSWORD_HASH).raw("nl").raw("ACTIVE").raw(created).end();
			roles.id(id).raw("MUNICIPALITY").end();
			count("app_user", users);
			count("app_user_role", roles);
			try (var account = copy("municipality_account", "app_user_id, municipality_code")) {
				account.id(id).raw(options.municipality()).end();
				count("municipality_account", account);
			}
		}
		report("staff");
	}

	// ---------------------------------------------------------------------------------------------------------------
	// the social map: the national services (as SocialMap seeds them for an organisation) and some local ones

	private void socialMap() throws SQLException {
		var random = random(3);
		try (var copy = copy("network_organisation", "id, version, organisation_id, kind, name, description, phone, email, "
				+ "website, min_age, max_age, route, national, active");
				var areas = copy("network_organisation_neighbourhood", "network_organisation_id, neighbourhood_id")) {
			for (var organisation : organisations) {
				for (var seed : Names.SERVICES) {
					var id = uuid(random);
					var national = seed[4].equals("national");
					organisation.services.add(new Service(id, seed[0], seed[2], national, Integer.parseInt(seed[3])));
					copy.id(id).number(0).id(organisation.id).raw(seed[0]).text(seed[1].formatted(options.name()))
						.text(null).text(null).text(null).text(null).raw(null).raw(null).raw(seed[2]).bool(national).bool(true).end();
					if (!national) {
						// a local service works in some of the neighbourhoods the organisation has locations in
						var served = new HashSet<Integer>();
						for (var location : organisation.locations) {
							if (random.nextDouble() < 0.6 && served.add(location.neighbourhood().index)) {
								areas.id(id).id(organisation.neighbourhoodIds[location.neighbourhood().index]).end();
							}
						}
					}
				}
			}
			count("network_organisation", copy);
			count("network_organisation_neighbourhood", areas);
		}
		report("social map");
	}

	// ---------------------------------------------------------------------------------------------------------------
	// activities, their schedules and sessions (in memory)

	private void planActivities() {
		var random = random(4);
		int total = options.scaled(2000);
		var weights = organisations.stream().mapToDouble(o -> o.weight).toArray();
		var days = new DayOfWeek[] { DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
				DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY };
		var sessionRandom = random(5);
		for (int i = 0; i < total; i++) {
			var organisation = i < organisations.size() ? organisations.get(i) : organisations.get(weighted(random, weights));
			var location = pick(random, organisation.locations);
			var kind = pick(random, Names.KINDS);
			int minAge = kind.minAge() + random.nextInt(2);
			int maxAge = Math.max(minAge + 2, kind.maxAge() - random.nextInt(2));
			var mode = new String[] { "DROP_IN", "SERIES", "PER_SESSION" }[weighted(random, 0.45, 0.35, 0.2)];
			var weekday = days[weighted(random, 14, 16, 24, 16, 18, 10, 2)];
			var startsAt = weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY ? LocalTime.of(10, 0)
					: weekday == DayOfWeek.WEDNESDAY ? LocalTime.of(13 + random.nextInt(3), 30)
							: LocalTime.of(15, random.nextBoolean() ? 0 : 30);
			int minutes = new int[] { 60, 90, 120 }[weighted(random, 0.3, 0.5, 0.2)];
			// most run the whole period; some started later or stopped earlier
			var first = from;
			var last = to;
			double life = random.nextDouble();
			if (life < 0.15) {
				first = from.plusWeeks(20 + random.nextInt(110));
			}
			else if (life < 0.3) {
				last = options.until().minusWeeks(random.nextInt(100));
			}
			first = first.plusDays((weekday.getValue() - first.getDayOfWeek().getValue() + 7) % 7);
			// popularity: a few big clubs, many small groups
			double weight = Math.exp(random.nextGaussian() * 0.45);
			var activity = new Activity(uuid(random), organisation, location, kind, minAge, maxAge, mode, weight, weekday,
					startsAt, minutes, first, last, random.nextDouble() < 0.88, uuid(random));
			activities.add(activity);
			organisation.activities.add(activity);
			activity.staff.add(pick(random, organisation.workers));
			int volunteers = weighted(random, 0.25, 0.45, 0.3);
			for (int v = 0; v < volunteers; v++) {
				var volunteer = pick(random, organisation.volunteers);
				if (!activity.staff.contains(volunteer)) {
					activity.staff.add(volunteer);
				}
			}
			for (var date = first; !date.isAfter(last); date = date.plusWeeks(1)) {
				if (activity.skipsHolidays && holiday(date)) {
					continue;
				}
				var session = new Session(uuid(sessionRandom), activity, date, schoolYear(date));
				activity.sessions.add(session);
				sessions.add(session);
			}
		}
	}

	/** Roughly the Christmas and summer holidays, the same in every region. */
	private static boolean holiday(LocalDate date) {
		int month = date.getMonthValue();
		int day = date.getDayOfMonth();
		return (month == 12 && day >= 21) || (month == 1 && day <= 4) || (month == 7 && day >= 15) || month == 8;
	}

	/** 0 for the school year the period begins in, then 1, 2, 3. */
	private int schoolYear(LocalDate date) {
		int start = from.minusMonths(8).getYear();
		return date.minusMonths(8).getYear() - start;
	}

	private LocalDate schoolYearStart(int year) {
		return LocalDate.of(from.minusMonths(8).getYear() + year, 9, 1);
	}

	// ---------------------------------------------------------------------------------------------------------------
	// children: where they live (mostly near their organisation's locations) and when they were born

	private void planChildren() {
		var random = random(6);
		int total = options.scaled(100_000);
		var weights = organisations.stream().mapToDouble(o -> o.weight).toArray();
		var nearby = new double[organisations.size()][neighbourhoods.size()];
		for (var organisation : organisations) {
			for (var n : neighbourhoods) {
				double factor = 1;
				for (var location : organisation.locations) {
					if (location.neighbourhood() == n) {
						factor += 8;
					}
					else if (location.neighbourhood().district == n.district) {
						factor += 2;
					}
				}
				nearby[organisation.index][n.index] = n.children412 * factor;
			}
		}
		for (int i = 0; i < total; i++) {
			var organisation = organisations.get(i < organisations.size() ? i : weighted(random, weights));
			var neighbourhood = neighbourhoods.get(weighted(random, nearby[organisation.index]));
			// 4 to 12 years old at the end of the period, and some older ones who came in the earlier years
			int ageDays = random.nextDouble() < 0.9 ? 4 * 365 + random.nextInt(9 * 365) : 13 * 365 + random.nextInt(3 * 365);
			var child = new ChildRow(uuid(random), organisation, neighbourhood, options.until().minusDays(ageDays));
			organisation.childrenByNeighbourhood.get(neighbourhood.index).add(children.size());
			organisation.children.add(children.size());
			children.add(child);
		}
	}

	/**
	 * Each activity has a group of regulars per school year, drawn from the children living near its location whose
	 * age fits; about 60 percent of a group come back the next year. Each regular is on a held session's list with a
	 * chance that makes the attendance rows come to the requested total.
	 */
	private void planPools() {
		var random = random(7);
		long target = Math.round(5_000_000L * options.scale());
		double weightedHeld = 0;
		for (var session : sessions) {
			if (!session.date.isAfter(options.until())) {
				weightedHeld += session.activity.weight;
			}
		}
		int years = schoolYear(to) + 1;
		for (var activity : activities) {
			// about 3 percent of the past sessions will be cancelled
			double perSession = weightedHeld > 0 ? target * activity.weight / (weightedHeld * 0.97) : 0;
			double chance = activity.mode.equals("DROP_IN") ? 0.32 : activity.mode.equals("SERIES") ? 0.62 : 0.45;
			int size = (int) Math.max(4, Math.min(120, Math.round(perSession / chance)));
			activity.rowChance = Math.min(0.98, perSession / size);
			activity.pools = new int[years][];
			int[] previous = new int[0];
			for (int year = 0; year < years; year++) {
				var yearStart = schoolYearStart(year);
				if (activity.lastDate.isBefore(yearStart) || activity.firstDate.isAfter(yearStart.plusYears(1))) {
					activity.pools[year] = new int[0];
					continue;
				}
				var pool = new LinkedHashMap<Integer, Boolean>();
				for (var kept : previous) {
					if (random.nextDouble() < 0.6 && fits(children.get(kept), activity, yearStart)) {
						pool.put(kept, true);
					}
				}
				int tries = 0;
				while (pool.size() < size && tries++ < size * 40) {
					var candidate = candidate(random, activity);
					if (candidate >= 0 && fits(children.get(candidate), activity, yearStart)) {
						pool.put(candidate, true);
					}
				}
				activity.pools[year] = pool.keySet().stream().mapToInt(Integer::intValue).toArray();
				previous = activity.pools[year];
				var first = activity.firstDate.isAfter(yearStart) ? activity.firstDate : yearStart;
				var last = min(min(activity.lastDate, yearStart.plusYears(1).minusDays(1)), options.until());
				for (var member : activity.pools[year]) {
					var child = children.get(member);
					if (child.firstSeen == null || first.isBefore(child.firstSeen)) {
						child.firstSeen = first;
					}
					if (child.lastSeen == null || last.isAfter(child.lastSeen)) {
						child.lastSeen = last;
					}
				}
			}
			var sizes = Arrays.stream(activity.pools).filter(p -> p.length > 0).mapToInt(p -> p.length).average();
			if (sizes.isPresent()) {
				activity.rowChance = Math.min(0.98, perSession / sizes.getAsDouble());
			}
		}
		// groups that came out smaller than planned (few children of the right age nearby): the others come more often
		for (int round = 0; round < 3; round++) {
			double expected = 0;
			for (var activity : activities) {
				for (var session : activity.sessions) {
					if (!session.date.isAfter(options.until())) {
						expected += 0.97 * activity.pools[session.year].length * activity.rowChance;
					}
				}
			}
			if (expected <= 0) {
				break;
			}
			double factor = target / expected;
			for (var activity : activities) {
				activity.rowChance = Math.min(0.98, activity.rowChance * factor);
			}
		}
		report("planned " + activities.size() + " activities, " + sessions.size() + " sessions");
	}

	private boolean fits(ChildRow child, Activity activity, LocalDate on) {
		int age = child.born.until(on).getYears();
		return age >= activity.minAge && age <= activity.maxAge;
	}

	private int candidate(SplittableRandom random, Activity activity) {
		var organisation = activity.organisation;
		List<Integer> list;
		if (random.nextDouble() < 0.65) {
			list = organisation.childrenByNeighbourhood.get(activity.location.neighbourhood().index);
		}
		else if (random.nextDouble() < 0.8) {
			int district = activity.location.neighbourhood().district;
			list = organisation.childrenByNeighbourhood.get(district * 5 + random.nextInt(5));
		}
		else {
			list = organisation.children;
		}
		return list.isEmpty() ? -1 : pick(random, list);
	}

	// ---------------------------------------------------------------------------------------------------------------

	private void writeChildren() throws Exception {
		var random = random(8);
		var texts = consentTexts();
		var published = instant(from.minusYears(2), LocalTime.NOON);
		try (var copy = copy("consent_text", "id, organisation_id, purpose, version, text_nl, text_en, published_at")) {
			for (var organisation : organisations) {
				copy.id(uuid(random)).id(organisation.id).raw("REGISTRATION").number(1).text(texts[0]).text(texts[1])
					.raw(published).end();
			}
			count("consent_text", copy);
		}
		var genders = new String[] { "GIRL", "BOY", "OTHER", "NOT_RECORDED" };
		var languages = new String[] { "Nederlands", "Nederlands, Arabisch", "Nederlands, Turks", "Pools", "Nederlands, Engels",
				"Tigrinya", "Oekraïens", "Nederlands, Papiaments", "Somalisch", "Nederlands, Berbers" };
		var relations = new String[] { "MOTHER", "FATHER", "PARENT", "FOSTER_PARENT", "GUARDIAN", "GRANDPARENT" };
		try (var childCopy = copy("child", "id, version, organisation_id, first_name, last_name, search_name, date_of_birth, "
				+ "gender, neighbourhood_id, postcode, school, home_languages, status, registered_by, created_at, last_activity_at");
				var guardians = copy("guardian", "id, version, organisation_id, name, phone, email, preferred_language, "
						+ "app_user_id, created_at");
				var links = copy("child_guardian", "child_id, guardian_id, relation");
				var consents = copy("consent", "id, child_id, guardian_id, purpose, method, text_version, given_at, "
						+ "recorded_by, withdrawn_at, withdrawn_by")) {
			for (var organisation : organisations) {
				// brothers and sisters: neighbours in the list share a family name and a guardian
				for (var inNeighbourhood : organisation.childrenByNeighbourhood) {
					int family = 0;
					String lastName = null;
					UUID guardian = null;
					String school = null;
					for (var index : inNeighbourhood) {
						var child = children.get(index);
						if (family == 0) {
							family = 1 + weighted(random, 0.5, 0.35, 0.15);
							lastName = pick(random, Names.LAST_NAMES);
							guardian = uuid(random);
							school = random.nextDouble() < 0.8
									? schools.get(child.neighbourhood.district * 10 + random.nextInt(10)) : pick(random, schools);
							var language = random.nextDouble() < 0.12 ? "en" : "nl";
							var created = child.firstSeen == null ? from.plusDays(random.nextInt(1000))
									: child.firstSeen.minusDays(random.nextInt(60));
							guardians.id(guardian).number(0).id(organisation.id)
								.text(pick(random, Names.FIRST_NAMES) + " " + lastName)
								.raw("06 " + (10_000_000 + random.nextInt(89_999_999)))
								.text(random.nextDouble() < 0.7 ? "ouder" + guardian.toString().substring(0, 8) + "@example.org" : null)
								.raw(language).raw(null).raw(instant(created, random)).end();
						}
						family--;
						child.guardian = guardian;
						var firstName = pick(random, Names.FIRST_NAMES);
						var created = child.firstSeen == null ? from.plusDays(random.nextInt(1000))
								: child.firstSeen.minusDays(random.nextInt(60));
						var lastActivity = child.lastSeen == null ? created : child.lastSeen;
						var registeredBy = pick(random, organisation.workers);
						childCopy.id(child.id).number(0).id(organisation.id).text(firstName).text(lastName)
							.text(ChildNames.searchable(firstName + " " + lastName)).raw(child.born).raw(genders[weighted(random, 0.48, 0.48, 0.01, 0.03)])
							.id(organisation.neighbourhoodIds[child.neighbourhood.index]).raw(postcode(child.neighbourhood))
							.text(school).text(random.nextDouble() < 0.4 ? pick(random, languages) : null).raw("ACTIVE")
							.id(registeredBy.id).raw(instant(created, random)).raw(instant(lastActivity, LocalTime.of(17, 0))).end();
						links.id(child.id).id(guardian).raw(pick(random, relations)).end();
						consents.id(uuid(random)).id(child.id).id(guardian).raw("REGISTRATION")
							.raw(random.nextDouble() < 0.6 ? "PAPER" : "PORTAL").number(1).raw(instant(created, random))
							.id(registeredBy.id).raw(null).raw(null).end();
					}
				}
			}
			count("child", childCopy);
			count("guardian", guardians);
			count("child_guardian", links);
			count("consent", consents);
		}
		report("children, guardians, consent");
	}

	private static String[] consentTexts() throws IOException {
		var result = new String[2];
		int i = 0;
		for (var file : new String[] { "messages.properties", "messages_en.properties" }) {
			var properties = new Properties();
			try (var in = DataGenerator.class.getClassLoader().getResourceAsStream(file)) {
				if (in != null) {
					properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
				}
			}
			result[i++] = properties.getProperty("consent.text.REGISTRATION", "Registratie (benchmark)").replace("''", "'");
		}
		return result;
	}

	private void writeActivities() throws SQLException {
		var random = random(9);
		try (var copy = copy("activity", "id, version, organisation_id, title, description, description_en, location_id, "
				+ "min_age, max_age, capacity, cost, price_cents, mode, accessibility, languages, intervention, published, "
				+ "active, created_at");
				var tasks = copy("activity_task", "activity_id, task");
				var themes = copy("activity_theme", "activity_id, theme");
				var staff = copy("activity_staff", "activity_id, app_user_id");
				var schedules = copy("activity_schedule", "id, organisation_id, activity_id, recurrence, first_date, last_date, "
						+ "starts_at, ends_at, holidays, created_at")) {
			for (var activity : activities) {
				var kind = activity.kind;
				var title = kind.title() + " " + activity.location.name().replaceFirst("^(Buurthuis|Gymzaal|Speeltuin|Trapveld) ", "");
				var cost = new String[] { "FREE", "FREE_WITH_PASS", "PAID" }[weighted(random, 0.7, 0.15, 0.15)];
				int pool = Arrays.stream(activity.pools).mapToInt(p -> p.length).max().orElse(10);
				var created = instant(activity.firstDate.minusDays(14 + random.nextInt(60)), random);
				copy.id(activity.id).number(0).id(activity.organisation.id).text(title).text(kind.description()).text(null)
					.id(activity.location.id()).number(activity.minAge).number(activity.maxAge)
					.raw(activity.mode.equals("DROP_IN") ? null : (Object) (5 * (1 + pool * 11 / 50))).raw(cost)
					.raw(cost.equals("PAID") ? (Object) (100 + 50 * random.nextInt(8)) : null).raw(activity.mode)
					.text(random.nextDouble() < 0.3 ? "Rolstoeltoegankelijk" : null).text(null).text(null)
					.bool(random.nextDouble() < 0.9).bool(!activity.lastDate.isBefore(options.until())).raw(created).end();
				for (var task : kind.tasks()) {
					tasks.id(activity.id).raw(task).end();
				}
				for (var theme : kind.themes()) {
					themes.id(activity.id).raw(theme).end();
				}
				for (var user : activity.staff) {
					staff.id(activity.id).id(user.id()).end();
				}
				schedules.id(activity.scheduleId).id(activity.organisation.id).id(activity.id).raw("WEEKLY")
					.raw(activity.firstDate).raw(activity.lastDate).raw(activity.startsAt)
					.raw(activity.startsAt.plusMinutes(activity.minutes)).raw(activity.skipsHolidays ? "SKIP" : "INCLUDE")
					.raw(created).end();
			}
			count("activity", copy);
			count("activity_task", tasks);
			count("activity_theme", themes);
			count("activity_staff", staff);
			count("activity_schedule", schedules);
		}
		report("activities");
	}

	// ---------------------------------------------------------------------------------------------------------------
	// sessions, their staff and walk-ins; attendance in the order it was recorded

	private void writeSessions() throws SQLException {
		var random = random(10);
		sessions.sort((a, b) -> {
			int byDate = a.date.compareTo(b.date);
			return byDate != 0 ? byDate : a.activity.startsAt.compareTo(b.activity.startsAt);
		});
		var reasons = new String[] { "Te weinig begeleiding", "Zaal niet beschikbaar", "Slecht weer", "Ziekte van de begeleider",
				"Studiedag" };
		var restore = new ArrayList<String>();
		for (var table : List.of("activity_session", "session_staff", "walk_in_count", "enrolment")) {
			restore.addAll(defer(table));
		}
		try (var copy = copy("activity_session", "id, version, organisation_id, activity_id, schedule_id, session_date, "
				+ "weekday, starts_at, ends_at, duration_minutes, location_id, status, cancel_reason, moved_from, held_at");
				var staff = copy("session_staff", "session_id, app_user_id");
				var walkIns = copy("walk_in_count", "session_id, organisation_id, age_band, gender, visitors")) {
			var bands = new String[] { "FOUR_TO_SIX", "SEVEN_TO_NINE", "TEN_TO_TWELVE", "OTHER" };
			var genders = new String[] { "GIRL", "BOY", "OTHER" };
			for (var session : sessions) {
				var activity = session.activity;
				boolean past = !session.date.isAfter(options.until());
				session.cancelled = past && random.nextDouble() < 0.03;
				session.held = past && !session.cancelled;
				var ends = activity.startsAt.plusMinutes(activity.minutes);
				if (session.held) {
					session.heldAt = instant(session.date, ends.plusMinutes(random.nextInt(20)));
					session.recordedAt = instant(session.date, activity.startsAt.plusMinutes(5 + random.nextInt(15)));
				}
				copy.id(session.id).number(0).id(activity.organisation.id).id(activity.id).id(activity.scheduleId)
					.raw(session.date).number(session.date.getDayOfWeek().getValue()).raw(activity.startsAt).raw(ends)
					.number(activity.minutes).id(activity.location.id()).raw(session.cancelled ? "CANCELLED" : "PLANNED")
					.text(session.cancelled ? pick(random, reasons) : null).raw(null).raw(session.heldAt).end();
				// 1 to 3 staff: usually the activity's own, now and then a stand-in
				var present = new ArrayList<User>();
				for (var user : activity.staff) {
					if (present.size() < 3 && random.nextDouble() < (user.role().equals("WORKER") ? 0.9 : 0.8)) {
						present.add(user);
					}
				}
				if (present.isEmpty() || (present.size() < 3 && random.nextDouble() < 0.08)) {
					var standIn = random.nextBoolean() ? pick(random, activity.organisation.workers)
							: pick(random, activity.organisation.volunteers);
					if (!present.contains(standIn)) {
						present.add(standIn);
					}
				}
				session.staff = present.toArray(new User[0]);
				for (var user : session.staff) {
					staff.raw(session.text).id(user.id()).end();
				}
				if (session.held && random.nextDouble() < (activity.mode.equals("DROP_IN") ? 0.6 : 0.25)) {
					var used = new HashSet<String>();
					int rows = 1 + weighted(random, 0.4, 0.3, 0.2, 0.1);
					for (int i = 0; i < rows; i++) {
						var band = bands[weighted(random, 0.35, 0.35, 0.25, 0.05)];
						var gender = genders[weighted(random, 0.47, 0.5, 0.03)];
						if (used.add(band + gender)) {
							walkIns.raw(session.text).id(activity.organisation.id).raw(band).raw(gender).number(1 + weighted(random, 0.5, 0.25, 0.12, 0.08, 0.05)).end();
						}
					}
				}
			}
			count("activity_session", copy);
			count("session_staff", staff);
			count("walk_in_count", walkIns);
		}
		// series: each year's group enrolled for the whole series (earlier years' enrolments cancelled)
		try (var enrolments = copy("enrolment", "id, organisation_id, activity_id, session_id, child_id, status, "
				+ "override_reason, enrolled_by, created_at, changed_at")) {
			int current = schoolYear(options.until());
			for (var activity : activities) {
				if (!activity.mode.equals("SERIES")) {
					continue;
				}
				for (int year = 0; year < activity.pools.length; year++) {
					var start = schoolYearStart(year).minusDays(10);
					var created = instant(start.isBefore(activity.firstDate) ? activity.firstDate.minusDays(7) : start, random);
					var changed = year < current ? instant(schoolYearStart(year + 1).minusDays(40), random) : created;
					for (var member : activity.pools[year]) {
						enrolments.id(uuid(random)).id(activity.organisation.id).id(activity.id).raw(null).raw(children.get(member).text)
							.raw(year < current ? "CANCELLED" : "ENROLLED").raw(null).id(activity.staff.get(0).id())
							.raw(created).raw(changed).end();
					}
				}
			}
			count("enrolment", enrolments);
		}
		report("sessions, session staff, walk-ins, enrolments");
		restore(restore, "indexes and foreign keys of sessions");
	}

	private void writeAttendance() throws SQLException {
		var random = random(11);
		var restore = defer("attendance");
		var organisationIds = new String[organisations.size()];
		for (var organisation : organisations) {
			organisationIds[organisation.index] = organisation.id.toString();
		}
		var times = new String[24 * 60];
		for (int i = 0; i < times.length; i++) {
			times[i] = LocalTime.of(i / 60, i % 60).toString();
		}
		try (var copy = new Copy(connection, "attendance", "session_id, child_id, organisation_id, present, checked_in_at, checked_out_at, "
				+ "recorded_by, recorded_at", true)) {
			for (var session : sessions) {
				if (!session.held) {
					continue;
				}
				var activity = session.activity;
				var pool = activity.pools[session.year];
				var organisation = organisationIds[activity.organisation.index];
				int start = activity.startsAt.getHour() * 60 + activity.startsAt.getMinute();
				int end = start + activity.minutes;
				var recorder = session.staff[0].text();
				for (var member : pool) {
					if (random.nextDouble() >= activity.rowChance) {
						continue;
					}
					boolean present = random.nextDouble() < 0.9;
					copy.raw(session.text).raw(children.get(member).text).raw(organisation).bool(present);
					if (present) {
						copy.raw(times[Math.min(start + random.nextInt(15), 24 * 60 - 1)])
							.raw(random.nextDouble() < 0.7 ? times[Math.min(end - random.nextInt(10), 24 * 60 - 1)] : null);
					}
					else {
						copy.raw(null).raw(null);
					}
					copy.raw(recorder).raw(session.recordedAt).end();
				}
			}
			count("attendance", copy);
		}
		report("attendance (" + written.get("attendance") + " rows)");
		restore(restore, "indexes and foreign keys of attendance");
	}

	// ---------------------------------------------------------------------------------------------------------------
	// signals, Meldcode cases, referrals

	/** A child seen at a held session of theirs, at random. */
	private Session sightingOf(SplittableRandom random, int[] child) {
		for (int tries = 0; tries < 1000; tries++) {
			var activity = pick(random, activities);
			if (activity.sessions.isEmpty()) {
				continue;
			}
			var session = pick(random, activity.sessions);
			var pool = activity.pools[session.year];
			if (session.held && pool.length > 0) {
				child[0] = pool[random.nextInt(pool.length)];
				return session;
			}
		}
		throw new IllegalStateException("no held sessions with children");
	}

	private record SignalRow(UUID id, ChildRow child, User raisedBy, LocalDate raised, String worry, Session session,
			String category, boolean atSession) {
	}

	private List<SignalRow> planSignals() {
		var random = random(12);
		var categories = new String[] { "SAFETY_AT_HOME", "NEGLECT", "POVERTY", "BULLYING", "HEALTH", "DEVELOPMENT", "OTHER" };
		var worries = new String[] { "LOW", "MEDIUM", "HIGH" };
		var rows = new ArrayList<SignalRow>();
		int total = options.scaled(3000);
		var child = new int[1];
		for (int i = 0; i < total; i++) {
			var session = sightingOf(random, child);
			var organisation = session.activity.organisation;
			var raisedBy = random.nextDouble() < 0.7 ? pick(random, session.staff)
					: random.nextBoolean() ? pick(random, organisation.workers) : pick(random, organisation.coordinators);
			var raised = min(session.date.plusDays(weighted(random, 0.6, 0.2, 0.1, 0.1)), options.until());
			rows.add(new SignalRow(uuid(random), children.get(child[0]), raisedBy, raised,
					worries[weighted(random, 0.45, 0.4, 0.15)], session, categories[weighted(random, 12, 10, 25, 18, 12, 13, 10)],
					random.nextDouble() < 0.6));
		}
		return rows;
	}

	private void writeCases(List<SignalRow> signals) throws SQLException {
		var random = random(13);
		int total = Math.min(options.scaled(600), signals.size());
		// cases start from the more worrying signals, one case per child
		var order = new ArrayList<Integer>();
		for (int i = 0; i < signals.size(); i++) {
			order.add(i);
		}
		order.sort((a, b) -> Double.compare(rank(signals.get(a), a), rank(signals.get(b), b)));
		var caseOf = new UUID[signals.size()];
		var seen = new HashSet<UUID>();
		try (var cases = copy("concern_case", "id, version, organisation_id, child_id, opened_by, opened_at, status, step, "
				+ "report_required, help_possible, reported_on, follow_up_on, reminded_on, closed_at, closed_because");
				var members = copy("case_member", "case_id, app_user_id, added_by, added_at");
				var entries = copy("case_entry", "id, case_id, step, kind, question, answer, hypothesis, content, reference, "
						+ "recorded_by, recorded_at")) {
			int made = 0;
			for (var index : order) {
				if (made == total) {
					break;
				}
				var signal = signals.get(index);
				if (!seen.add(signal.child().id)) {
					continue;
				}
				made++;
				var id = uuid(random);
				caseOf[index] = id;
				var organisation = signal.child().organisation;
				var officer = organisation.officers.get(0);
				var opened = min(signal.raised().plusDays(random.nextInt(4)), options.until());
				long age = opened.until(options.until()).toTotalMonths();
				boolean closing = random.nextDouble() < (age >= 3 ? 0.92 : 0.35);
				// how far it got: closed without suspicion after the first question, or decided; open ones anywhere
				int path = weighted(random, 0.45, 0.55);
				int step = closing ? (path == 0 ? 4 : 5) : 1 + random.nextInt(5);
				var entry = new Entries(entries, id, officer, opened, random);
				entry.add(1, "OBSERVATION", null, null, null, "Signaal overgenomen in stap 1.", null);
				if (random.nextDouble() < 0.4) {
					entry.add(1, "HYPOTHESIS", null, null, closing ? (random.nextBoolean() ? "CONFIRMED" : "REFUTED") : "OPEN",
							"Mogelijke verklaring.", null);
				}
				Boolean report = null;
				Boolean help = null;
				LocalDate reportedOn = null;
				LocalDate followUp = null;
				if (step >= 2) {
					boolean advice = random.nextDouble() < 0.35;
					entry.add(2, advice ? "VEILIG_THUIS_ADVICE" : "CONSULTATION", null, null, null, "Collegiale consultatie.",
							advice ? "VT-advies" : null);
				}
				if (step >= 3) {
					entry.add(3, random.nextDouble() < 0.8 ? "CONVERSATION" : "CONVERSATION_SKIPPED", null, null, null,
							"Gesprek met de ouders.", null);
				}
				if (step >= 4) {
					var answers = closing && path == 0 ? new boolean[] { false }
							: switch (weighted(random, 0.55, 0.15, 0.15, 0.15)) {
								case 0 -> new boolean[] { true, false, true, true, true };
								case 1 -> new boolean[] { true, true };
								case 2 -> new boolean[] { true, false, false };
								default -> new boolean[] { true, false, true, true, false };
							};
					int answered = step == 4 && !closing ? 1 + random.nextInt(answers.length) : answers.length;
					for (int q = 0; q < answered; q++) {
						entry.add(4, "WEIGHING", q + 1, answers[q], null, "Afweging.", null);
					}
					if (step == 5) {
						boolean helpOutcome = answers.length == 5 && answers[4];
						report = !helpOutcome;
						help = helpOutcome || random.nextDouble() < 0.6;
						entry.add(5, "DECISION", null, null, null, "Besluit.", null);
						boolean done = closing || random.nextBoolean();
						if (report && done) {
							reportedOn = min(entry.day.plusDays(random.nextInt(5)), options.until());
							entry.add(5, "REPORT", null, null, null, "Melding gedaan.", "VT-" + (100000 + random.nextInt(900000)));
						}
						if (help && done) {
							followUp = entry.day.plusWeeks(4 + random.nextInt(8));
							entry.add(5, "HELP", null, null, null, "Hulp afgesproken.", null);
						}
						if (closing) {
							entry.add(5, "CLOSURE", null, null, null, "Afgesloten.", null);
						}
					}
				}
				var closedAt = closing ? instant(entry.day, random) : null;
				cases.id(id).number(entry.count).id(organisation.id).id(signal.child().id).id(officer.id()).raw(instant(opened, random))
					.raw(closing ? "CLOSED" : "OPEN").number(step).raw(report).raw(help).raw(reportedOn).raw(followUp)
					.raw(null).raw(closedAt).raw(closing ? (step == 4 ? "NO_SUSPICION" : "DECIDED") : null).end();
				members.id(id).id(officer.id()).id(officer.id()).raw(instant(opened, LocalTime.of(9, 0))).end();
				if (!signal.raisedBy().equals(officer)) {
					members.id(id).id(signal.raisedBy().id()).id(officer.id()).raw(instant(opened, LocalTime.of(9, 5))).end();
				}
			}
			count("concern_case", cases);
			count("case_member", members);
			count("case_entry", entries);
		}
		try (var copy = copy("signal", "id, organisation_id, child_id, raised_by, raised_at, observed_on, category, worry, "
				+ "facts, source, session_id, case_id")) {
			for (int i = 0; i < signals.size(); i++) {
				var signal = signals.get(i);
				var session = signal.session();
				copy.id(signal.id()).id(signal.child().organisation.id).id(signal.child().id).id(signal.raisedBy().id())
					.raw(instant(signal.raised(), random)).raw(session.date).raw(signal.category()).raw(signal.worry())
					.text(sealer.seal("Wat ik zag en hoorde (benchmarkgegevens).", signal.id()))
					.text(random.nextDouble() < 0.4 ? sealer.seal("Bron: eigen waarneming.", signal.id()) : null)
					.raw(signal.atSession() ? session.text : null).id(caseOf[i]).end();
			}
			count("signal", copy);
		}
		report("signals and Meldcode cases");
	}

	private static double rank(SignalRow signal, int index) {
		int worry = signal.worry().equals("HIGH") ? 0 : signal.worry().equals("MEDIUM") ? 1 : 2;
		return worry + (index * 0.618034 % 1.0) * 1.5;
	}

	/** The entries of one case, a few days apart. */
	private final class Entries {
		final Copy copy;
		final UUID caseId;
		final User officer;
		final SplittableRandom random;
		LocalDate day;
		int count;

		Entries(Copy copy, UUID caseId, User officer, LocalDate opened, SplittableRandom random) {
			this.copy = copy;
			this.caseId = caseId;
			this.officer = officer;
			this.day = opened;
			this.random = random;
		}

		void add(int step, String kind, Integer question, Boolean answer, String hypothesis, String content,
				String reference) throws SQLException {
			var id = uuid(random);
			copy.id(id).id(caseId).number(step).raw(kind).raw(question).raw(answer).raw(hypothesis)
				.text(sealer.seal(content, id)).text(sealer.seal(reference, id)).id(officer.id()).raw(instant(day, random)).end();
			day = min(day.plusDays(random.nextInt(6)), options.until());
			count++;
		}
	}

	private void writeReferrals() throws SQLException {
		var random = random(14);
		int total = options.scaled(4000);
		var statuses = new String[] { "PROPOSED", "SENT", "ACCEPTED", "IN_PROGRESS", "COMPLETED", "DECLINED", "NO_LONGER_NEEDED" };
		var child = new int[1];
		try (var copy = copy("referral", "id, version, organisation_id, child_id, network_organisation_id, reason, contact, "
				+ "consent_guardian_id, no_consent_reason, warm_handover, intermediary_id, status, follow_up_on, referred_by, "
				+ "created_at, updated_at");
				var changes = copy("referral_status_change", "referral_id, status, changed_by, changed_at")) {
			for (int i = 0; i < total; i++) {
				var session = sightingOf(random, child);
				var row = children.get(child[0]);
				var organisation = row.organisation;
				var services = organisation.services.stream().filter(s -> !s.route().equals("INFORM")).toList();
				var service = services.get(weighted(random, services.stream().mapToDouble(Service::weight).toArray()));
				var by = random.nextDouble() < 0.75 ? pick(random, organisation.workers) : pick(random, organisation.coordinators);
				var id = uuid(random);
				var day = min(session.date.plusDays(random.nextInt(14)), options.until());
				var status = statuses[weighted(random, 0.05, 0.15, 0.1, 0.15, 0.3, 0.1, 0.15)];
				// the way there: PROPOSED, SENT, then ACCEPTED or DECLINED, IN_PROGRESS, COMPLETED; NO_LONGER_NEEDED from any open one
				var path = new ArrayList<String>(List.of("PROPOSED"));
				switch (status) {
					case "SENT" -> path.add("SENT");
					case "ACCEPTED" -> path.addAll(List.of("SENT", "ACCEPTED"));
					case "IN_PROGRESS" -> path.addAll(List.of("SENT", "ACCEPTED", "IN_PROGRESS"));
					case "COMPLETED" -> path.addAll(random.nextBoolean() ? List.of("SENT", "ACCEPTED", "IN_PROGRESS", "COMPLETED")
							: List.of("SENT", "ACCEPTED", "COMPLETED"));
					case "DECLINED" -> path.addAll(List.of("SENT", "DECLINED"));
					case "NO_LONGER_NEEDED" -> {
						path.addAll(List.of("SENT", "ACCEPTED").subList(0, random.nextInt(3)));
						path.add("NO_LONGER_NEEDED");
					}
					default -> {
					}
				}
				// one change after the other, later in the day when the days run into the end of the period
				var created = instant(day, LocalTime.of(9, random.nextInt(60)));
				var updated = created;
				for (int k = 0; k < path.size(); k++) {
					updated = k == 0 ? created : instant(day, LocalTime.of(9 + k, random.nextInt(60)));
					changes.id(id).raw(path.get(k)).id(by.id()).raw(updated).end();
					day = min(day.plusDays(1 + random.nextInt(12)), options.until());
				}
				boolean consent = random.nextDouble() < 0.92;
				boolean open = !List.of("COMPLETED", "DECLINED", "NO_LONGER_NEEDED").contains(status);
				copy.id(id).number(path.size() - 1).id(organisation.id).id(row.id).id(service.id())
					.text(sealer.seal("Reden van de verwijzing (benchmarkgegevens).", id))
					.text(random.nextBoolean() ? sealer.seal("Contact: ouder, 06 12345678", id) : null)
					.raw(consent ? row.guardian : null)
					.text(consent ? null : sealer.seal("Acute zorg; ouders nog niet bereikt.", id))
					.bool(service.kind().equals("NEIGHBOURHOOD_TEAM") ? random.nextDouble() < 0.6 : random.nextDouble() < 0.15)
					.raw(service.route().equals("INTERMEDIARY") ? by.id() : null).raw(status)
					.raw(open && random.nextDouble() < 0.5 ? day.plusWeeks(2) : null).id(by.id()).raw(created).raw(updated).end();
			}
			count("referral", copy);
			count("referral_status_change", changes);
		}
		report("referrals");
	}

	// ---------------------------------------------------------------------------------------------------------------
	// bulk loading: a big table's indexes and foreign keys go for the load and come back at the end, in one
	// transaction, so a failure restores them

	private List<String> defer(String table) throws SQLException {
		var restore = new ArrayList<String>();
		var drops = new ArrayList<String>();
		boolean referenced;
		try (var statement = connection.prepareStatement(
				"select count(*) from pg_constraint where confrelid = cast(? as regclass) and contype = 'f'")) {
			statement.setString(1, table);
			try (var rs = statement.executeQuery()) {
				rs.next();
				referenced = rs.getLong(1) > 0;
			}
		}
		try (var statement = connection.prepareStatement("""
				select indexname, indexdef from pg_indexes
				where schemaname = current_schema() and tablename = ?
				  and indexname not in (select conname from pg_constraint where conrelid = cast(? as regclass))
				order by indexname""")) {
			statement.setString(1, table);
			statement.setString(2, table);
			try (var rs = statement.executeQuery()) {
				while (rs.next()) {
					drops.add("drop index " + rs.getString(1));
					restore.add(rs.getString(2));
				}
			}
		}
		var keys = new ArrayList<String>();
		var foreign = new ArrayList<String>();
		try (var statement = connection.prepareStatement("""
				select conname, contype, pg_get_constraintdef(oid) from pg_constraint
				where conrelid = cast(? as regclass) and contype in ('p', 'u', 'f')
				order by contype desc, conname""")) {
			statement.setString(1, table);
			try (var rs = statement.executeQuery()) {
				while (rs.next()) {
					boolean isForeign = rs.getString(2).equals("f");
					if (!isForeign && referenced) {
						continue;
					}
					drops.add(0, "alter table " + table + " drop constraint " + rs.getString(1));
					(isForeign ? foreign : keys).add("alter table " + table + " add constraint " + rs.getString(1) + " "
							+ rs.getString(3));
				}
			}
		}
		try (var statement = connection.createStatement()) {
			for (var drop : drops) {
				statement.execute(drop);
			}
		}
		restore.addAll(keys);
		restore.addAll(foreign);
		return restore;
	}

	private void restore(List<String> statements, String what) throws SQLException {
		try (var statement = connection.createStatement()) {
			for (var sql : statements.stream().filter(s -> !s.contains("FOREIGN KEY")).toList()) {
				statement.execute(sql);
			}
			for (var sql : statements.stream().filter(s -> s.contains("FOREIGN KEY")).toList()) {
				statement.execute(sql);
			}
		}
		report(what);
	}

	// ---------------------------------------------------------------------------------------------------------------

	/** Seals like the application's Encryption (AES-256-GCM, the row id as associated data), or writes the placeholder. */
	static final class Sealer {

		private final SecretKeySpec key;
		private final String prefix;
		private final SplittableRandom random;

		Sealer(Path keyFile, String keyId, SplittableRandom random) throws IOException {
			this.random = random;
			if (keyFile == null) {
				this.key = null;
				this.prefix = null;
				return;
			}
			if (!Files.exists(keyFile)) {
				var bytes = new byte[32];
				new java.security.SecureRandom().nextBytes(bytes);
				if (keyFile.toAbsolutePath().getParent() != null) {
					Files.createDirectories(keyFile.toAbsolutePath().getParent());
				}
				Files.writeString(keyFile, Base64.getEncoder().encodeToString(bytes));
			}
			var bytes = Base64.getDecoder().decode(Files.readString(keyFile).strip());
			if (bytes.length != 32) {
				throw new IllegalArgumentException("the key file must hold the base64 of 32 bytes");
			}
			this.key = new SecretKeySpec(bytes, "AES");
			this.prefix = "v1:" + keyId + ":";
		}

		String seal(String plain, UUID owner) {
			if (plain == null) {
				return null;
			}
			if (key == null) {
				return PLACEHOLDER;
			}
			try {
				var nonce = new byte[12];
				for (int i = 0; i < nonce.length; i++) {
					nonce[i] = (byte) random.nextInt(256);
				}
				var cipher = Cipher.getInstance("AES/GCM/NoPadding");
				cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
				cipher.updateAAD(owner.toString().getBytes(StandardCharsets.UTF_8));
				var sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
				var out = new byte[nonce.length + sealed.length];
				System.arraycopy(nonce, 0, out, 0, nonce.length);
				System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
				return prefix + Base64.getEncoder().encodeToString(out);
			}
			catch (java.security.GeneralSecurityException e) {
				throw new IllegalStateException(e);
			}
		}
	}

}
