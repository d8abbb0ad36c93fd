package nl.samenspel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/asvs.md stays true: its summary counts what its rows say, its list of gaps is the rows marked Gap, every test
 * it names as proof exists, and no row still waits for a merge. A document that claims a test nobody can find is
 * worse than none.
 */
class AsvsDocumentTests {

	static final Path DOCUMENT = Path.of("docs/asvs.md");

	static final Pattern ROW = Pattern.compile("^\\| (\\d+\\.\\d+\\.\\d+) \\| [^|]+ \\| ([^|]+?) \\| [^|]*\\| ([^|]*)\\|$");

	static final Pattern CHAPTER = Pattern.compile("^## (V\\d+) ");

	static final Pattern SUMMARY = Pattern.compile("^\\| (V\\d+) [^|]+ \\| (\\d+) \\| (\\d+) \\| (\\d+) \\| (\\d+) \\| (\\d+) \\| (\\d+) \\|$");

	static final Pattern GAP = Pattern.compile("^- \\*\\*(\\d+\\.\\d+\\.\\d+)\\*\\* ");

	static final Pattern TEST = Pattern.compile("\\b([A-Z][A-Za-z]+Tests)#([A-Za-z0-9_]+)");

	static final List<String> STATUSES = List.of("Met", "Met (no test)", "Partly", "Not applicable", "Gap");

	record Row(String id, String chapter, String status, String proof) {
	}

	@Test
	void theSummaryCountsTheRowsAndTheGapListNamesEveryGap() throws IOException {
		var rows = rows();
		assertThat(rows).extracting(Row::status).allSatisfy(status -> assertThat(STATUSES).contains(status));

		var counted = new LinkedHashMap<String, List<Integer>>();
		for (var row : rows) {
			var counts = counted.computeIfAbsent(row.chapter(), chapter -> new ArrayList<>(List.of(0, 0, 0, 0, 0, 0)));
			var column = STATUSES.indexOf(row.status());
			counts.set(column, counts.get(column) + 1);
			counts.set(5, counts.get(5) + 1);
		}
		var summary = new LinkedHashMap<String, List<Integer>>();
		var gaps = new TreeSet<String>();
		for (var line : Files.readAllLines(DOCUMENT)) {
			var matcher = SUMMARY.matcher(line);
			if (matcher.matches()) {
				summary.put(matcher.group(1), Stream.of(2, 3, 4, 5, 6, 7).map(group -> Integer.valueOf(matcher.group(group)))
					.toList());
			}
			var gap = GAP.matcher(line);
			if (gap.find()) {
				gaps.add(gap.group(1));
			}
		}
		assertThat(summary).as("the summary table, chapter by chapter").isEqualTo(counted);
		assertThat(gaps).as("the list of gaps").isEqualTo(new TreeSet<>(rows.stream()
			.filter(row -> row.status().equals("Gap")).map(Row::id).toList()));
		assertThat(rows).extracting(Row::id).doesNotHaveDuplicates();
	}

	@Test
	void everyTestNamedAsProofExists() throws IOException {
		var missing = new ArrayList<String>();
		for (var line : Files.readAllLines(DOCUMENT)) {
			var matcher = TEST.matcher(line);
			while (matcher.find()) {
				if (!exists(matcher.group(1), matcher.group(2))) {
					missing.add(matcher.group());
				}
			}
		}
		assertThat(missing).isEmpty();
		assertThat(Files.readString(DOCUMENT)).doesNotContain("TODO(merge)");
	}

	@Test
	void aRowThatClaimsATestNamesOne() throws IOException {
		assertThat(rows()).filteredOn(row -> row.status().equals("Met") && !row.proof().contains("documentation")
				&& !row.proof().contains(".ci/run"))
			.allSatisfy(row -> assertThat(TEST.matcher(row.proof()).find()).as(row.id()).isTrue());
	}

	static List<Row> rows() throws IOException {
		var rows = new ArrayList<Row>();
		String chapter = null;
		for (var line : Files.readAllLines(DOCUMENT)) {
			var heading = CHAPTER.matcher(line);
			if (heading.find()) {
				chapter = heading.group(1);
			}
			var row = ROW.matcher(line);
			if (row.matches() && chapter != null) {
				rows.add(new Row(row.group(1), chapter, row.group(2).strip(), row.group(3).strip()));
			}
		}
		return rows;
	}

	private static final Map<String, String> SOURCES = new LinkedHashMap<>();

	static boolean exists(String testClass, String method) throws IOException {
		if (!SOURCES.containsKey(testClass)) {
			try (var files = Files.walk(Path.of("src/test/java"))) {
				var file = files.filter(path -> path.getFileName().toString().equals(testClass + ".java")).findFirst();
				SOURCES.put(testClass, file.isPresent() ? Files.readString(file.get()) : "");
			}
		}
		return Pattern.compile("\\bvoid " + Pattern.quote(method) + "\\(").matcher(SOURCES.get(testClass)).find();
	}
}
