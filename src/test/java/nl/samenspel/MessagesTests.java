package nl.samenspel;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.kernel.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text exists in Dutch and in English: the two bundles have the same keys, and every key the templates and
 * the code name is in them (enum labels included).
 */
class MessagesTests {

	private static final Pattern TEMPLATE_KEY = Pattern.compile("\\.t\\(\"([a-zA-Z0-9.]+)\"");
	private static final Pattern CODE_KEY = Pattern.compile("\"((?:validation|cbs\\.error|users|mail|login|activation|reset|tokens|locations|neighbourhoods|municipalities|organisation|account|nav|error)\\.[a-zA-Z0-9.]+)\"");

	@Test
	void bothLanguagesHaveTheSameKeys() throws IOException {
		var dutch = load("messages.properties");
		var english = load("messages_en.properties");
		assertThat(english.stringPropertyNames()).as("keys only in Dutch")
			.containsAll(dutch.stringPropertyNames());
		assertThat(dutch.stringPropertyNames()).as("keys only in English")
			.containsAll(english.stringPropertyNames());
	}

	/** A key defined twice silently takes the last text: the activities' "Bijeenkomsten" once became "Sessies". */
	@Test
	void noKeyIsDefinedTwice() throws IOException {
		for (var bundle : List.of("messages.properties", "messages_en.properties")) {
			var seen = new TreeSet<String>();
			var twice = new TreeSet<String>();
			for (var line : Files.readAllLines(Path.of("src/main/resources", bundle))) {
				var entry = line.strip();
				if (entry.isEmpty() || entry.startsWith("#") || entry.startsWith("!") || !entry.contains("=")) {
					continue;
				}
				var key = entry.substring(0, entry.indexOf('=')).strip();
				if (!seen.add(key)) {
					twice.add(key);
				}
			}
			assertThat(twice).as(bundle).isEmpty();
		}
	}

	@Test
	void everyKeyUsedExists() throws IOException {
		var dutch = load("messages.properties").stringPropertyNames();
		var used = new TreeSet<String>();
		collect(Path.of("src/main/jte"), TEMPLATE_KEY, used);
		collect(Path.of("src/main/java"), TEMPLATE_KEY, used);
		collect(Path.of("src/main/java"), CODE_KEY, used);
		// a prefix that code completes, or a template's name ("error.jte"): no message key
		used.removeIf(key -> key.endsWith(".") || key.endsWith(".jte"));
		for (var role : Role.values()) {
			used.add(role.messageKey());
		}
		for (var action : AuditAction.values()) {
			used.add(action.messageKey());
		}
		for (var result : nl.samenspel.audit.AuditResult.values()) {
			used.add("audit.result." + result.name());
		}
		for (var type : nl.samenspel.organisation.LocationType.values()) {
			used.add("location.type." + type.name());
		}
		for (var region : nl.samenspel.organisation.Region.values()) {
			used.add("region." + region.name());
		}
		for (var status : nl.samenspel.organisation.UserStatus.values()) {
			used.add("user.status." + status.name());
		}
		for (var type : java.util.List.of("user", "location", "neighbourhood", "municipality", "organisation", "token")) {
			used.add("audit.object." + type);
		}
		assertThat(used).isNotEmpty();
		var missing = new TreeSet<>(used);
		missing.removeIf(key -> dutch.contains(key) || dutch.contains(key + ".subject"));
		assertThat(missing).as("keys used but missing in messages.properties").isEmpty();
	}

	private static void collect(Path root, Pattern pattern, Set<String> keys) throws IOException {
		try (Stream<Path> files = Files.walk(root)) {
			for (var file : files.filter(Files::isRegularFile).toList()) {
				var matcher = pattern.matcher(Files.readString(file));
				while (matcher.find()) {
					keys.add(matcher.group(1));
				}
			}
		}
	}

	private static Properties load(String name) throws IOException {
		var properties = new Properties();
		try (var in = MessagesTests.class.getClassLoader().getResourceAsStream(name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}
}
