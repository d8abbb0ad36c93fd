package nl.samenspel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each module owns its tables: a module reaches another module's data through that module's Java API, its events, or
 * a view the owner publishes (created in the owner's migration, named in its {@code package-info.java}). Spring
 * Modulith sees Java references only, so this test reads the SQL: the string literals and text blocks of each module's
 * Java code, its {@code @Table} mappings, and its migrations ({@code V<n>__<module>_<what>.sql}). A table belongs to the
 * module whose migration first creates it. Foreign keys ({@code references}) are allowed: they guard integrity, they
 * do not read.
 */
class SqlOwnershipTests {

	static final Path JAVA = Path.of("src/main/java/nl/samenspel");
	static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	/** Tables of the platform itself (Spring Session, the event publication log): no module owns them. */
	static final Set<String> INFRASTRUCTURE = Set.of("spring", "event");

	/**
	 * Migrations that ran before the rule and cannot change (their checksums are fixed in every database); a later
	 * migration of the owning module replaces what they did. The reason is part of the entry.
	 */
	static final Map<String, String> HISTORICAL = Map.ofEntries(
			Map.entry("V9__reporting.sql", "reporting's first views read activities' and organisation's tables; V23 makes them again"
					+ " over the views those modules publish"),
			Map.entry("V10__reporting_rollups.sql", "its views read other modules' tables, and it filled the rollups once from"
					+ " activity_session; V23 makes the views again"),
			Map.entry("V11__reporting_cases.sql", "its views read the signals, network and children tables; V23"),
			Map.entry("V12__reporting_mixing.sql", "its views read activity, child and neighbourhood; V23"),
			Map.entry("V14__reporting_breakdowns.sql", "its views read activities', children's and organisation's tables; V23"),
			Map.entry("V15__reporting_rollups_per_neighbourhood.sql", "a one-time fill of the rollups from activity_session and"
					+ " an index on neighbourhood"),
			Map.entry("V16__reporting_cell_keys.sql", "added the record_key columns to the tables of the modules whose records"
					+ " are counted (the owners now publish them in their views) and made reporting's views again; V23"),
			Map.entry("V17__organisation_cbs_reference.sql", "organisation made reporting's views over its CBS copy; V18 publishes"
					+ " that copy and V23 makes reporting's views again"));

	static final Pattern CREATE = Pattern.compile(
			"\\bcreate\\s+(?:or\\s+replace\\s+)?(?:table|view)\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)",
			Pattern.CASE_INSENSITIVE);

	static final Pattern VIEW = Pattern.compile("\\bcreate\\s+(?:or\\s+replace\\s+)?view\\s+([a-z_][a-z0-9_]*)",
			Pattern.CASE_INSENSITIVE);

	static final Pattern NAMED = Pattern.compile("\\b(?:from|join|into|update|table|view)\\s+([a-z_][a-z0-9_]*)",
			Pattern.CASE_INSENSITIVE);

	static final Pattern LITERAL = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);

	static final Pattern TABLE_ANNOTATION = Pattern.compile("@Table\\(\\s*(?:name\\s*=\\s*|value\\s*=\\s*)?\"([a-z_0-9]+)\"");

	@Test
	void everyModuleNamesOnlyItsOwnTablesInItsSql() {
		var owners = owners();
		var published = published(owners);

		var violations = new ArrayList<String>();
		for (var migration : migrations()) {
			var name = migration.getFileName().toString();
			if (HISTORICAL.containsKey(name)) {
				continue;
			}
			violations.addAll(foreignTables(module(name), name, read(migration), owners, published));
		}
		for (var module : modules()) {
			for (var file : javaFiles(JAVA.resolve(module))) {
				var source = read(file);
				var sql = new StringBuilder();
				Matcher literal = LITERAL.matcher(source);
				while (literal.find()) {
					sql.append(literal.group(1) != null ? literal.group(1) : literal.group(2)).append('\n');
				}
				Matcher mapped = TABLE_ANNOTATION.matcher(source);
				while (mapped.find()) {
					sql.append("from ").append(mapped.group(1)).append('\n');
				}
				violations.addAll(foreignTables(module, JAVA.relativize(file).toString(), sql.toString(), owners, published));
			}
		}

		assertThat(violations).as("SQL that names another module's tables").isEmpty();
	}

	@Test
	void aHistoricalMigrationsViewsOverOtherModulesTablesAreReplacedByALaterOne() {
		var owners = owners();
		var migrations = migrations();
		for (var entry : HISTORICAL.entrySet()) {
			var historical = migrations.stream().filter(m -> m.getFileName().toString().equals(entry.getKey())).findFirst();
			assertThat(historical).as("%s exists", entry.getKey()).isPresent();
			var module = module(entry.getKey());
			var later = migrations.stream()
				.filter(m -> version(m) > version(historical.get()) && !HISTORICAL.containsKey(m.getFileName().toString()))
				.map(m -> withoutComments(read(m)).toLowerCase())
				.reduce("", String::concat);
			for (var view : views(read(historical.get()))) {
				if (!foreignTables(module, entry.getKey(), view.getValue(), owners).isEmpty()) {
					assertThat(later).as("%s: the view %s over another module's tables is replaced or dropped later",
							entry.getKey(), view.getKey())
						.containsPattern("(create\\s+or\\s+replace\\s+view|create\\s+view|drop\\s+view(\\s+if\\s+exists)?)\\s+"
								+ view.getKey() + "\\b");
				}
			}
		}
	}

	@Test
	void findsAForeignTableInSqlWhereverItHides() {
		var owners = Map.of("child", "children", "activity_session", "activities", "report_month", "reporting");

		assertThat(foreignTables("reporting", "X.java", "select count(*)\n  from report_month m\n  join child c on c.id = m.x",
				owners)).containsExactly("X.java: reporting names children's table child");
		assertThat(foreignTables("signals", "Y.java", "UPDATE activity_session SET state = 'HELD'", owners))
			.containsExactly("Y.java: signals names activities's table activity_session");
		assertThat(foreignTables("activities", "Z.java",
				"insert into activity_session (id, child_id) select :id, id from activity_session where x references child(id)",
				owners)).isEmpty();
	}

	@Test
	void aViewIsPublishedOnlyWhenItsOwnerCreatesItAndNamesItInItsPackageInfo() {
		var owners = owners();
		var published = published(owners);

		assertThat(published).contains("activities_session_facts", "children_child_facts", "signals_case_facts",
				"network_referral_facts", "organisation_neighbourhood_facts");
		assertThat(published).as("a table is never published, and reporting publishes nothing")
			.doesNotContain("child", "signal", "report_session");
		assertThat(foreignTables("reporting", "V.sql", "select * from signals_case_facts join signal s on true", owners,
				published)).containsExactly("V.sql: reporting names signals's table signal");
	}

	@Test
	void everyMigrationNamesItsModuleAndEveryModulesTablesAreKnown() {
		var modules = new TreeSet<>(modules());
		for (var migration : migrations()) {
			var module = module(migration.getFileName().toString());
			assertThat(modules.contains(module) || INFRASTRUCTURE.contains(module))
				.as("%s names a module (V<n>__<module>_<what>.sql)", migration.getFileName())
				.isTrue();
		}
		assertThat(owners()).containsEntry("child", "children")
			.containsEntry("activity_session", "activities")
			.containsEntry("app_user", "organisation")
			.containsEntry("signal", "signals")
			.containsEntry("report_month", "reporting");
	}

	/**
	 * The views the modules publish: created in the owner's migration and named ({@code {@code name}}) in the owner's
	 * package-info.java as its published interface.
	 */
	static Set<String> published(Map<String, String> owners) {
		var views = new TreeSet<String>();
		for (var migration : migrations()) {
			for (var view : views(read(migration))) {
				var name = view.getKey();
				var owner = owners.get(name);
				var info = JAVA.resolve(owner).resolve("package-info.java");
				if (Files.exists(info) && read(info).contains("{@code " + name + "}")) {
					views.add(name);
				}
			}
		}
		return views;
	}

	/** The views a migration creates, each with its own SQL (up to the next statement). */
	static List<Map.Entry<String, String>> views(String migration) {
		var views = new ArrayList<Map.Entry<String, String>>();
		for (var statement : withoutComments(migration).split(";")) {
			Matcher view = VIEW.matcher(statement);
			if (view.find()) {
				views.add(Map.entry(view.group(1).toLowerCase(), statement.substring(view.end())));
			}
		}
		return views;
	}

	/**
	 * Each table or view with the module of the migration that last creates it: a view made again by its new owner
	 * (reporting's views that organisation's V17 once made) is the new owner's.
	 */
	static Map<String, String> owners() {
		var owners = new LinkedHashMap<String, String>();
		for (var migration : migrations()) {
			var module = module(migration.getFileName().toString());
			Matcher create = CREATE.matcher(withoutComments(read(migration)));
			while (create.find()) {
				owners.put(create.group(1).toLowerCase(), module);
			}
		}
		return owners;
	}

	static List<String> foreignTables(String module, String where, String sql, Map<String, String> owners) {
		return foreignTables(module, where, sql, owners, Set.of());
	}

	static List<String> foreignTables(String module, String where, String sql, Map<String, String> owners,
			Set<String> published) {
		var found = new TreeSet<String>();
		Matcher named = NAMED.matcher(withoutComments(sql));
		while (named.find()) {
			var table = named.group(1).toLowerCase();
			var owner = owners.get(table);
			if (owner != null && !owner.equals(module) && !INFRASTRUCTURE.contains(owner) && !published.contains(table)) {
				found.add(where + ": " + module + " names " + owner + "'s table " + table);
			}
		}
		return List.copyOf(found);
	}

	/** The module a migration belongs to: {@code V9__reporting_x.sql} is reporting's ({@code report_} too). */
	static String module(String migration) {
		var words = migration.replaceFirst("^V[0-9_]+__", "").replaceFirst("\\.sql$", "").split("_");
		return switch (words[0]) {
			case "report" -> "reporting";
			default -> words[0];
		};
	}

	static String withoutComments(String sql) {
		return sql.replaceAll("--[^\\n]*", "");
	}

	static List<String> modules() {
		try (Stream<Path> dirs = Files.list(JAVA)) {
			return dirs.filter(Files::isDirectory).map(dir -> dir.getFileName().toString()).sorted().toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static List<Path> migrations() {
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			return files.filter(file -> file.toString().endsWith(".sql"))
				.sorted(Comparator.comparingDouble(SqlOwnershipTests::version))
				.toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The migration's version as Flyway reads it: {@code V46_9__x.sql} is 46.9, between 46 and 47. */
	static double version(Path migration) {
		return Double.parseDouble(migration.getFileName().toString().replaceFirst("^V([0-9_]+)__.*", "$1").replaceFirst("_", "."));
	}

	static List<Path> javaFiles(Path dir) {
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
