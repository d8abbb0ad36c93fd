package nl.samenspel.organisation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.PlainText;

/**
 * The CBS figures: the platform's one copy of "Kerncijfers wijken en buurten" per neighbourhood code and year, and each
 * organisation's choice of the neighbourhoods it works in (issue 14).
 * <p>
 * A platform operator ({@link PlatformOperators}) imports the figures as StatLine exports them: semicolon separated,
 * quoted, with technical headers whose numeric suffixes change per year ({@code k_0Tot15Jaar_8} in 2023,
 * {@code k_0Tot15Jaar_7} in 2013), so columns are found by their name without the suffix. A {@code .} means missing.
 * Every neighbourhood row ({@code SoortRegio} "Buurt") is taken, with the year the operator names; a code already known
 * for that year is updated, other years stay. All or nothing: one bad line and nothing is imported, and every bad line
 * is reported with its number and reason. No organisation can import: its rows would change every organisation's
 * figures.
 * <p>
 * An organisation's ADMIN takes over ({@link #adopt}) the neighbourhoods of a year in the organisation's active
 * municipalities: they become the organisation's own rows, which its locations and children point at. Those rows are
 * the organisation's own business; reporting reads the platform copy for the CBS figures.
 */
@Service
public class NeighbourhoodImport {

	/** A line that cannot be imported: its number in the file (the header is line 1) and the reason's message key. */
	public record BadLine(long line, String reasonKey, String value) {
	}

	/** What an import did, or would have done: bad lines mean nothing was written. */
	public record Result(int created, int updated, int skipped, List<BadLine> badLines) {

		public boolean succeeded() {
			return badLines.isEmpty();
		}
	}

	private static final PlainText.Validator PLAIN_TEXT = new PlainText.Validator();

	static final String CODE = "Codering";
	static final String AREA = "WijkenEnBuurten";
	static final String KIND = "SoortRegio";
	static final String CHILDREN = "k_0Tot15Jaar";
	static final String LAND = "OppervlakteLand";

	private static final Pattern SUFFIX = Pattern.compile("_\\d+$");
	private static final Pattern NEIGHBOURHOOD_CODE = Pattern.compile("BU\\d{4}[0-9A-Za-z]{4}");
	private static final int MAX_BAD_LINES = 500;
	private static final int MAX_CHILDREN = 1_000_000;
	private static final int MAX_HECTARES = 10_000_000;
	private static final Logger log = LoggerFactory.getLogger(NeighbourhoodImport.class);

	private final Municipalities municipalities;
	private final Neighbourhoods neighbourhoods;
	private final PlatformOperators operators;
	private final JdbcClient jdbc;
	private final Clock clock;
	private final AuditLog audit;

	NeighbourhoodImport(Municipalities municipalities, Neighbourhoods neighbourhoods, PlatformOperators operators,
			JdbcClient jdbc, Clock clock, AuditLog audit) {
		this.municipalities = municipalities;
		this.neighbourhoods = neighbourhoods;
		this.operators = operators;
		this.jdbc = jdbc;
		this.clock = clock;
		this.audit = audit;
	}

	/** Whether the user may import CBS figures: a platform operator. */
	public boolean mayImport(CurrentUser user) {
		return operators.includes(user);
	}

	/**
	 * Imports a CBS file into the platform's copy; refuses ({@link PlatformOperators.NotPlatformOperator}, 403) anyone
	 * but a platform operator, before reading a byte.
	 */
	@Transactional
	public Result importFile(CurrentUser operator, InputStream file, int year) {
		operators.check(operator);
		var rows = new ArrayList<NeighbourhoodDetails>();
		var bad = new ArrayList<BadLine>();
		int skipped = 0;
		try (Reader reader = utf8(file)) {
			var parser = CSVFormat.DEFAULT.builder().setDelimiter(';').setQuote('"').setTrim(true)
				.setIgnoreEmptyLines(true).get().parse(reader);
			var iterator = parser.iterator();
			if (!iterator.hasNext()) {
				return new Result(0, 0, 0, List.of(new BadLine(1, "cbs.error.empty", "")));
			}
			var columns = columns(iterator.next());
			var missing = List.of(CODE, AREA, KIND, CHILDREN).stream().filter(name -> !columns.containsKey(name)).toList();
			if (!missing.isEmpty()) {
				return new Result(0, 0, 0, List.of(new BadLine(1, "cbs.error.missingColumns", String.join(", ", missing))));
			}
			var seen = new HashSet<String>();
			while (iterator.hasNext() && bad.size() < MAX_BAD_LINES) {
				CSVRecord record;
				try {
					record = iterator.next();
				}
				catch (java.io.UncheckedIOException e) {
					var reason = e.getCause() instanceof CharacterCodingException ? "cbs.error.encoding" : "cbs.error.unreadable";
					bad.add(new BadLine(parser.getCurrentLineNumber() + 1, reason, ""));
					break;
				}
				catch (IllegalStateException e) {
					bad.add(new BadLine(parser.getCurrentLineNumber() + 1, "cbs.error.unreadable", ""));
					break;
				}
				// the line the record ends on (the header is line 1), counting empty lines too
				long line = parser.getCurrentLineNumber();
				if (record.size() != columns.size()) {
					bad.add(new BadLine(line, "cbs.error.columnCount", String.valueOf(record.size())));
					continue;
				}
				var kind = record.get(columns.get(KIND));
				if (!"buurt".equalsIgnoreCase(kind)) {
					skipped++;
					continue;
				}
				var code = record.get(columns.get(CODE)).toUpperCase(Locale.ROOT);
				if (!NEIGHBOURHOOD_CODE.matcher(code).matches()) {
					bad.add(new BadLine(line, "cbs.error.code", code));
					continue;
				}
				var name = record.get(columns.get(AREA));
				if (name.isBlank() || name.length() > 200 || !PLAIN_TEXT.isValid(name, null)) {
					bad.add(new BadLine(line, "cbs.error.name", ""));
					continue;
				}
				if (!seen.add(code)) {
					bad.add(new BadLine(line, "cbs.error.duplicate", code));
					continue;
				}
				var children = number(record.get(columns.get(CHILDREN)));
				var land = columns.containsKey(LAND) ? number(record.get(columns.get(LAND))) : Optional.<Integer>empty();
				if (children == null || children.orElse(0) > MAX_CHILDREN) {
					bad.add(new BadLine(line, "cbs.error.number", CHILDREN));
					continue;
				}
				if (columns.containsKey(LAND) && (land == null || land.orElse(0) > MAX_HECTARES)) {
					bad.add(new BadLine(line, "cbs.error.number", LAND));
					continue;
				}
				rows.add(new NeighbourhoodDetails(null, code, "WK" + code.substring(2, 8), name, year,
						children.orElse(null), null, land == null ? null : land.orElse(null), true));
			}
		}
		catch (CharacterCodingException e) {
			return new Result(0, 0, 0, List.of(new BadLine(1, "cbs.error.encoding", "")));
		}
		catch (IOException | java.io.UncheckedIOException e) {
			if (e.getCause() instanceof CharacterCodingException) {
				return new Result(0, 0, 0, List.of(new BadLine(1, "cbs.error.encoding", "")));
			}
			log.info("A CBS file could not be read: {}", e.getClass().getSimpleName());
			return new Result(0, 0, 0, List.of(new BadLine(1, "cbs.error.unreadable", "")));
		}
		if (!bad.isEmpty()) {
			return new Result(0, 0, skipped, bad);
		}
		int created = 0;
		int updated = 0;
		for (var details : rows) {
			if (store(details, year)) {
				updated++;
			}
			else {
				created++;
			}
		}
		audit.record(AuditAction.IMPORTED, "cbs_neighbourhood", "cbs-" + year, AuditResult.SUCCESS);
		return new Result(created, updated, skipped, List.of());
	}

	/** Writes one neighbourhood of the platform's copy; true when the code was known for the year (updated). */
	boolean store(NeighbourhoodDetails details, int year) {
		var params = new HashMap<String, Object>();
		params.put("code", details.code());
		params.put("year", year);
		params.put("district", details.districtCode());
		params.put("name", details.name());
		params.put("children", details.children0to14());
		params.put("estimate", Neighbourhood.estimate4to12(details.children0to14()));
		params.put("land", details.landAreaHectares());
		params.put("now", Timestamp.from(clock.instant()));
		var changed = jdbc.sql("""
				update cbs_neighbourhood set district_code = :district, name = :name, children_0_14 = :children,
				  children_4_12 = :estimate, land_area_hectares = :land, imported_at = :now
				where code = :code and cbs_year = :year""").params(params).update();
		if (changed > 0) {
			return true;
		}
		jdbc.sql("""
				insert into cbs_neighbourhood (code, cbs_year, district_code, name, children_0_14, children_4_12,
				  land_area_hectares, imported_at)
				values (:code, :year, :district, :name, :children, :estimate, :land, :now)""").params(params).update();
		return false;
	}

	/** The CBS years the platform has figures for, newest first. */
	public List<Integer> years() {
		return jdbc.sql("select distinct cbs_year from cbs_neighbourhood order by cbs_year desc").query(Integer.class).list();
	}

	/**
	 * Takes over the platform's neighbourhoods of a CBS year in the organisation's active municipalities as the
	 * organisation's own: new codes are added, known ones of that year updated to CBS's name and counts, keeping a 4-12
	 * count typed in by hand and a deactivation. Skipped counts the platform's neighbourhoods of that year elsewhere.
	 * Nothing here reaches another organisation.
	 */
	@Transactional
	public Result adopt(UUID organisationId, int year) {
		var byDigits = new HashMap<String, Municipality>();
		municipalities.findByOrganisationIdOrderByName(organisationId).stream()
			.filter(Municipality::isActive)
			.forEach(municipality -> byDigits.put(municipality.digits(), municipality));
		var rows = new ArrayList<NeighbourhoodDetails>();
		var skipped = new int[1];
		jdbc.sql("""
				select code, district_code, name, children_0_14, land_area_hectares from cbs_neighbourhood
				where cbs_year = :year order by code""").param("year", year).query(rs -> {
					var code = rs.getString(1);
					var municipality = byDigits.get(code.substring(2, 6));
					if (municipality == null) {
						skipped[0]++;
						return;
					}
					rows.add(new NeighbourhoodDetails(municipality.getId(), code, rs.getString(2), rs.getString(3), year,
							(Integer) rs.getObject(4, Integer.class), null, (Integer) rs.getObject(5, Integer.class), true));
				});
		int created = 0;
		int updated = 0;
		for (var details : rows) {
			var existing = neighbourhoods.findByOrganisationIdAndCodeAndCbsYear(organisationId, details.code(), year);
			if (existing.isPresent()) {
				var neighbourhood = existing.get();
				neighbourhood.update(keepEstimateChoice(details, neighbourhood));
				neighbourhoods.save(neighbourhood);
				updated++;
			}
			else {
				neighbourhoods.save(new Neighbourhood(organisationId, details));
				created++;
			}
		}
		audit.record(AuditAction.IMPORTED, "neighbourhood", "cbs-" + year, AuditResult.SUCCESS);
		return new Result(created, updated, skipped[0], List.of());
	}

	/**
	 * What an ADMIN decided survives a new import of the same year: a count of 4-12 year olds typed in by hand (from
	 * the population register), and a deactivation.
	 */
	private static NeighbourhoodDetails keepEstimateChoice(NeighbourhoodDetails details, Neighbourhood existing) {
		return new NeighbourhoodDetails(details.municipalityId(), details.code(), details.districtCode(), details.name(),
				details.cbsYear(), details.children0to14(),
				existing.isChildren4to12Estimated() ? null : existing.getChildren4to12(), details.landAreaHectares(),
				existing.isActive());
	}

	/** Column positions by name without the year's numeric suffix. */
	static Map<String, Integer> columns(CSVRecord header) {
		var columns = new HashMap<String, Integer>();
		for (int i = 0; i < header.size(); i++) {
			var name = header.get(i).replace("\uFEFF", "").strip();
			columns.putIfAbsent(SUFFIX.matcher(name).replaceFirst(""), i);
		}
		return columns;
	}

	/** A count: empty for CBS's "." (missing or confidential), null when it is not a whole non-negative number. */
	static @Nullable Optional<Integer> number(String value) {
		var text = value.replace(" ", "").strip();
		if (text.equals(".") || text.isEmpty()) {
			return Optional.empty();
		}
		try {
			var number = Integer.parseInt(text);
			return number < 0 ? null : Optional.of(number);
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	private static Reader utf8(InputStream in) {
		var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		return new InputStreamReader(in, decoder);
	}
}
