package nl.samenspel.organisation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.samenspel.kernel.PlainText;
import nl.samenspel.organisation.NeighbourhoodImport.BadLine;

/**
 * Reads a CBS file "Kerncijfers wijken en buurten" as StatLine exports it: semicolon separated, quoted, with technical
 * headers whose numeric suffixes change per year ({@code k_0Tot15Jaar_8} in 2023, {@code k_0Tot15Jaar_7} in 2013), so
 * columns are found by their name without the suffix. A {@code .} means missing. Every neighbourhood row
 * ({@code SoortRegio} "Buurt") is taken, other rows are skipped; every bad line is reported with its number and
 * reason, up to {@value #MAX_BAD_LINES}. Reads only: what becomes of the rows is {@link NeighbourhoodImport}'s.
 */
final class CbsFile {

	/** The neighbourhoods of a file and the rows skipped; when a line is bad the rows must not be used. */
	record Parsed(List<NeighbourhoodDetails> rows, int skipped, List<BadLine> badLines) {

		static Parsed refused(String reasonKey, String value) {
			return new Parsed(List.of(), 0, List.of(new BadLine(1, reasonKey, value)));
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
	private static final Logger log = LoggerFactory.getLogger(CbsFile.class);

	private CbsFile() {
	}

	/** The file's neighbourhoods as figures of the year the operator names. */
	static Parsed parse(InputStream file, int year) {
		var rows = new ArrayList<NeighbourhoodDetails>();
		var bad = new ArrayList<BadLine>();
		int skipped = 0;
		try (Reader reader = utf8(file)) {
			var parser = CSVFormat.DEFAULT.builder().setDelimiter(';').setQuote('"').setTrim(true)
				.setIgnoreEmptyLines(true).get().parse(reader);
			var iterator = parser.iterator();
			if (!iterator.hasNext()) {
				return Parsed.refused("cbs.error.empty", "");
			}
			var columns = columns(iterator.next());
			var missing = List.of(CODE, AREA, KIND, CHILDREN).stream().filter(name -> !columns.containsKey(name)).toList();
			if (!missing.isEmpty()) {
				return Parsed.refused("cbs.error.missingColumns", String.join(", ", missing));
			}
			var seen = new HashSet<String>();
			while (iterator.hasNext() && bad.size() < MAX_BAD_LINES) {
				CSVRecord record;
				try {
					record = iterator.next();
				}
				catch (UncheckedIOException e) {
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
			return Parsed.refused("cbs.error.encoding", "");
		}
		catch (IOException | UncheckedIOException e) {
			if (e.getCause() instanceof CharacterCodingException) {
				return Parsed.refused("cbs.error.encoding", "");
			}
			log.info("A CBS file could not be read: {}", e.getClass().getSimpleName());
			return Parsed.refused("cbs.error.unreadable", "");
		}
		return new Parsed(rows, skipped, bad);
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
