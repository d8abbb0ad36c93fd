package nl.samenspel.children;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.jspecify.annotations.Nullable;

import nl.samenspel.children.ChildImport.BadLine;
import nl.samenspel.children.ChildImport.Row;
import nl.samenspel.kernel.PlainText;

/**
 * An import file as the previous system wrote it: a CSV with semicolons or commas, UTF-8 with or without the BOM
 * Excel writes, columns named in the header in Dutch or English (see docs/children-import.md), dates written the
 * Dutch way or ISO. Knows how to read and check a line; knows nothing of the database.
 */
final class ImportFile {

	static final Map<String, String> COLUMNS = columns();
	static final int MAX_ROWS = 20_000;
	private static final Pattern PHONE = Pattern.compile(ChildDetailsRules.PHONE);
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
	private static final PlainText.Validator PLAIN = new PlainText.Validator();
	/** Strict: a day that does not exist in its month (31-02-2018) is refused, not moved to the month's last. */
	private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
			DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT));

	private ImportFile() {
	}

	/**
	 * The file read line by line: what each good line would create, and every bad line with its reason. A child
	 * already on an earlier line is marked with that line's number; {@code existing} names a record already in the
	 * registry that may be the same child.
	 */
	static ChildImport.Preview read(UUID id, byte[] content, Map<String, UUID> neighbourhoods, LocalDate today,
			Function<ChildDetails, @Nullable String> existing) {
		var rows = new ArrayList<Row>();
		var bad = new ArrayList<BadLine>();
		var seen = new HashMap<String, Long>();
		try (var reader = new InputStreamReader(new ByteArrayInputStream(content),
				StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT))) {
			var text = new StringBuilder();
			var buffer = new char[8192];
			for (int read; (read = reader.read(buffer)) > 0;) {
				text.append(buffer, 0, read);
			}
			var body = text.toString().replace("\uFEFF", "");
			var firstLine = body.lines().findFirst().orElse("");
			var delimiter = firstLine.chars().filter(c -> c == ';').count() >= firstLine.chars().filter(c -> c == ',').count()
					? ';' : ',';
			var parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setTrim(true).setIgnoreEmptyLines(true).get()
				.parse(new java.io.StringReader(body));
			var iterator = parser.iterator();
			if (!iterator.hasNext()) {
				return new ChildImport.Preview(id, List.of(), List.of(new BadLine(1, "import.error.empty", "")));
			}
			var header = iterator.next();
			var index = new LinkedHashMap<String, Integer>();
			for (int i = 0; i < header.size(); i++) {
				var column = COLUMNS.get(header.get(i).strip().toLowerCase(Locale.ROOT));
				if (column != null) {
					index.putIfAbsent(column, i);
				}
			}
			var missing = List.of("firstName", "lastName", "dateOfBirth").stream().filter(c -> !index.containsKey(c)).toList();
			if (!missing.isEmpty()) {
				return new ChildImport.Preview(id, List.of(), List.of(new BadLine(1, "import.error.columns", String.join(", ", missing))));
			}
			while (iterator.hasNext() && bad.size() < 500 && rows.size() <= MAX_ROWS) {
				var record = iterator.next();
				long line = parser.getCurrentLineNumber();
				Function<String, String> value = column -> {
					var i = index.get(column);
					return i == null || i >= record.size() ? "" : record.get(i).strip();
				};
				var problem = check(value, neighbourhoods, today);
				if (problem != null) {
					bad.add(new BadLine(line, problem.getKey(), problem.getValue()));
					continue;
				}
				var child = new ChildDetails(value.apply("firstName"), value.apply("lastName"),
						date(value.apply("dateOfBirth")).orElseThrow(), gender(value.apply("gender")),
						neighbourhoods.get(value.apply("neighbourhood").toUpperCase(Locale.ROOT)),
						blank(value.apply("postcode")), blank(value.apply("school")), blank(value.apply("languages")));
				var guardianName = value.apply("guardianName");
				var guardian = guardianName.isEmpty() ? null
						: new GuardianDetails(guardianName, relation(value.apply("guardianRelation")),
								blank(value.apply("guardianPhone")), blank(value.apply("guardianEmail")),
								"en".equalsIgnoreCase(value.apply("guardianLanguage")) ? "en" : "nl");
				var key = ChildNames.searchable(child.firstName() + " " + child.lastName()) + "|" + child.dateOfBirth();
				var earlier = seen.putIfAbsent(key, line);
				String duplicate = earlier == null ? existing.apply(child) : "#" + earlier;
				rows.add(new Row(line, child, guardian, duplicate));
			}
			if (rows.size() > MAX_ROWS) {
				return new ChildImport.Preview(id, List.of(), List.of(new BadLine(1, "import.error.tooMany", String.valueOf(MAX_ROWS))));
			}
		}
		catch (CharacterCodingException e) {
			return new ChildImport.Preview(id, List.of(), List.of(new BadLine(1, "cbs.error.encoding", "")));
		}
		catch (IOException | UncheckedIOException | IllegalStateException e) {
			return new ChildImport.Preview(id, List.of(), List.of(new BadLine(1, "cbs.error.unreadable", "")));
		}
		return new ChildImport.Preview(id, rows, bad);
	}

	private static Map.@Nullable Entry<String, String> check(Function<String, String> value,
			Map<String, UUID> neighbourhoods, LocalDate today) {
		for (var column : List.of("firstName", "lastName")) {
			var text = value.apply(column);
			if (text.isEmpty() || text.length() > 100 || !PLAIN.isValid(text, null)) {
				return Map.entry("import.error." + column, text.length() > 100 ? text.substring(0, 100) : text);
			}
		}
		var born = date(value.apply("dateOfBirth"));
		if (born.isEmpty()) {
			return Map.entry("import.error.date", value.apply("dateOfBirth"));
		}
		if (ChildDetailsRules.dateOfBirthProblem(born.get(), today).isPresent()) {
			return Map.entry("import.error.age", value.apply("dateOfBirth"));
		}
		var gender = value.apply("gender");
		if (!gender.isEmpty() && gender(gender) == null) {
			return Map.entry("import.error.gender", gender);
		}
		var neighbourhood = value.apply("neighbourhood");
		if (!neighbourhood.isEmpty() && !neighbourhoods.containsKey(neighbourhood.toUpperCase(Locale.ROOT))) {
			return Map.entry("import.error.neighbourhood", neighbourhood);
		}
		var postcode = value.apply("postcode");
		if (!postcode.isEmpty() && !postcode.matches("[1-9]\\d{3}")) {
			return Map.entry("import.error.postcode", postcode);
		}
		for (var column : List.of("school", "languages", "guardianName")) {
			var text = value.apply(column);
			if (text.length() > 200 || !PLAIN.isValid(text, null)) {
				return Map.entry("import.error.text", column);
			}
		}
		var phone = value.apply("guardianPhone");
		if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
			return Map.entry("import.error.phone", phone);
		}
		var email = value.apply("guardianEmail");
		if (!email.isEmpty() && (!EMAIL.matcher(email).matches() || email.length() > 254 || !PLAIN.isValid(email, null))) {
			return Map.entry("import.error.email", email);
		}
		if (value.apply("guardianName").isEmpty() && !(phone + email).isEmpty()) {
			return Map.entry("import.error.guardianName", "");
		}
		return null;
	}

	static Optional<LocalDate> date(String text) {
		for (var format : DATES) {
			try {
				return Optional.of(LocalDate.parse(text, format));
			}
			catch (DateTimeParseException e) {
				// try the next way of writing a date
			}
		}
		return Optional.empty();
	}

	static @Nullable Gender gender(String text) {
		return switch (text.strip().toLowerCase(Locale.ROOT)) {
			case "", "onbekend", "not_recorded", "unknown" -> Gender.NOT_RECORDED;
			case "meisje", "girl", "m" -> Gender.GIRL;
			case "jongen", "boy", "j" -> Gender.BOY;
			case "anders", "other", "x" -> Gender.OTHER;
			default -> null;
		};
	}

	static Relation relation(String text) {
		return switch (text.strip().toLowerCase(Locale.ROOT)) {
			case "moeder", "mother" -> Relation.MOTHER;
			case "vader", "father" -> Relation.FATHER;
			case "pleegouder", "foster parent", "foster_parent" -> Relation.FOSTER_PARENT;
			case "voogd", "guardian" -> Relation.GUARDIAN;
			case "grootouder", "oma", "opa", "grandparent" -> Relation.GRANDPARENT;
			case "anders", "other" -> Relation.OTHER;
			default -> Relation.PARENT;
		};
	}

	private static @Nullable String blank(String value) {
		return value.isEmpty() ? null : value;
	}

	private static Map<String, String> columns() {
		var columns = new HashMap<String, String>();
		for (var pair : new String[][] { { "voornaam", "firstName" }, { "first_name", "firstName" },
				{ "achternaam", "lastName" }, { "last_name", "lastName" }, { "geboortedatum", "dateOfBirth" },
				{ "date_of_birth", "dateOfBirth" }, { "geslacht", "gender" }, { "gender", "gender" },
				{ "buurtcode", "neighbourhood" }, { "neighbourhood_code", "neighbourhood" }, { "postcode", "postcode" },
				{ "school", "school" }, { "talen", "languages" }, { "languages", "languages" },
				{ "ouder_naam", "guardianName" }, { "guardian_name", "guardianName" },
				{ "ouder_relatie", "guardianRelation" }, { "guardian_relation", "guardianRelation" },
				{ "ouder_telefoon", "guardianPhone" }, { "guardian_phone", "guardianPhone" },
				{ "ouder_email", "guardianEmail" }, { "guardian_email", "guardianEmail" },
				{ "ouder_taal", "guardianLanguage" }, { "guardian_language", "guardianLanguage" } }) {
			columns.put(pair[0], pair[1]);
		}
		return Map.copyOf(columns);
	}
}
