package nl.samenspel.children;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.NotFound;
import nl.samenspel.kernel.PlainText;
import nl.samenspel.kernel.Role;
import nl.samenspel.organisation.Neighbourhood;
import nl.samenspel.organisation.OrganisationManagement;

/**
 * Migrating children and their guardians from a previous system: a CSV file (semicolons or commas, UTF-8, with or
 * without the BOM Excel writes) is first previewed (what will be created, possible duplicates, every bad line) and
 * written only when a COORDINATOR confirms, all or nothing. Columns are named in the header, in Dutch or English
 * (see docs/children-import.md); a guardian appearing on several lines (same name and phone or e-mail) becomes one
 * guardian of several children.
 */
@Service
public class ChildImport {

	/** One child the import would create. */
	public record Row(long line, ChildDetails child, @Nullable GuardianDetails guardian,
			@Nullable String possibleDuplicate) {
	}

	/** A line that cannot be imported, with its number (the header is line 1) and the reason's message key. */
	public record BadLine(long line, String reasonKey, String value) {
	}

	/** What the file holds; the import can be confirmed only when there are no bad lines. */
	public record Preview(UUID id, List<Row> rows, List<BadLine> badLines) {

		public boolean importable() {
			return badLines.isEmpty() && !rows.isEmpty();
		}

		public long duplicates() {
			return rows.stream().filter(row -> row.possibleDuplicate() != null).count();
		}
	}

	static final Map<String, String> COLUMNS = columns();
	static final int MAX_ROWS = 20_000;
	private static final Pattern PHONE = Pattern.compile(ChildDetailsRules.PHONE);
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
	private static final PlainText.Validator PLAIN = new PlainText.Validator();
	private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
			DateTimeFormatter.ofPattern("d-M-uuuu"), DateTimeFormatter.ofPattern("d/M/uuuu"));

	private final Children children;
	private final Guardians guardians;
	private final OrganisationManagement organisations;
	private final AuditLog audit;
	private final ChildStore store;
	private final Clock clock;

	ChildImport(Children children, Guardians guardians, OrganisationManagement organisations, AuditLog audit,
			ChildStore store, Clock clock) {
		this.children = children;
		this.guardians = guardians;
		this.organisations = organisations;
		this.audit = audit;
		this.store = store;
		this.clock = clock;
	}

	/** Reads and checks the file and keeps it for the confirmation; writes no child. */
	@Transactional
	public Preview preview(CurrentUser user, byte[] content) {
		requireCoordinator(user);
		var id = UUID.randomUUID();
		var preview = parse(user, id, content);
		store.keepImport(id, user.organisationId(), user.id(), content, Instant.now(clock));
		return preview;
	}

	/** The preview of a file uploaded earlier by the same user. */
	@Transactional(readOnly = true)
	public Preview preview(CurrentUser user, UUID id) {
		requireCoordinator(user);
		return parse(user, id, content(user, id));
	}

	/** Writes every child and guardian of a previewed file, or nothing when any line is bad. The count written. */
	@Transactional
	public int confirm(CurrentUser user, UUID id) {
		requireCoordinator(user);
		var preview = parse(user, id, content(user, id));
		if (!preview.importable()) {
			throw new nl.samenspel.kernel.FieldRejected("file", "import.error.notImportable");
		}
		var now = Instant.now(clock);
		var known = new HashMap<String, Guardian>();
		for (var row : preview.rows()) {
			var child = new Child(user.organisationId(), row.child(), ChildStatus.ACTIVE, user.id(), now);
			if (row.guardian() != null) {
				var key = guardianKey(row.guardian());
				var guardian = known.computeIfAbsent(key,
						k -> guardians.save(new Guardian(user.organisationId(), row.guardian(), now)));
				child.link(guardian.getId(), row.guardian().relation());
			}
			children.save(child);
		}
		store.forgetImport(id);
		audit.record(AuditAction.IMPORTED, "child", id, AuditResult.SUCCESS);
		return preview.rows().size();
	}

	private byte[] content(CurrentUser user, UUID id) {
		return store.importContent(id, user.organisationId(), user.id()).orElseThrow(NotFound::new);
	}

	Preview parse(CurrentUser user, UUID id, byte[] content) {
		var rows = new ArrayList<Row>();
		var bad = new ArrayList<BadLine>();
		var neighbourhoods = new HashMap<String, UUID>();
		for (Neighbourhood it : organisations.currentNeighbourhoods(user.organisationId())) {
			neighbourhoods.put(it.getCode(), it.getId());
		}
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
				return new Preview(id, List.of(), List.of(new BadLine(1, "import.error.empty", "")));
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
				return new Preview(id, List.of(), List.of(new BadLine(1, "import.error.columns", String.join(", ", missing))));
			}
			while (iterator.hasNext() && bad.size() < 500 && rows.size() <= MAX_ROWS) {
				var record = iterator.next();
				long line = parser.getCurrentLineNumber();
				java.util.function.Function<String, String> value = column -> {
					var i = index.get(column);
					return i == null || i >= record.size() ? "" : record.get(i).strip();
				};
				var problem = check(value, neighbourhoods);
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
				String duplicate = earlier == null ? existingDuplicate(user, child) : "#" + earlier;
				rows.add(new Row(line, child, guardian, duplicate));
			}
			if (rows.size() > MAX_ROWS) {
				return new Preview(id, List.of(), List.of(new BadLine(1, "import.error.tooMany", String.valueOf(MAX_ROWS))));
			}
		}
		catch (CharacterCodingException e) {
			return new Preview(id, List.of(), List.of(new BadLine(1, "cbs.error.encoding", "")));
		}
		catch (IOException | UncheckedIOException | IllegalStateException e) {
			return new Preview(id, List.of(), List.of(new BadLine(1, "cbs.error.unreadable", "")));
		}
		return new Preview(id, rows, bad);
	}

	private @Nullable String existingDuplicate(CurrentUser user, ChildDetails child) {
		var name = ChildNames.searchable(child.firstName() + " " + child.lastName());
		return store.bornOn(user.organisationId(), child.dateOfBirth(), ChildDetailsRules.today(clock)).stream()
			.filter(namesake -> ChildNames.similar(namesake.searchName(), name))
			.map(namesake -> namesake.summary().firstName() + " " + namesake.summary().lastName())
			.findFirst()
			.orElse(null);
	}

	private Map.@Nullable Entry<String, String> check(java.util.function.Function<String, String> value,
			Map<String, UUID> neighbourhoods) {
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
		if (ChildDetailsRules.dateOfBirthProblem(born.get(), ChildDetailsRules.today(clock)).isPresent()) {
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

	private static String guardianKey(GuardianDetails guardian) {
		return ChildNames.searchable(guardian.name()) + "|" + (guardian.phone() == null ? "" : guardian.phone().replaceAll("\\D", ""))
				+ "|" + (guardian.email() == null ? "" : guardian.email().toLowerCase(Locale.ROOT));
	}

	private static @Nullable String blank(String value) {
		return value.isEmpty() ? null : value;
	}

	private static void requireCoordinator(CurrentUser user) {
		if (!user.hasRole(Role.COORDINATOR)) {
			throw new AccessDeniedException("coordinators import");
		}
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
