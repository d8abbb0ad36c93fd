package nl.samenspel.reporting;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts per row key, before any perturbation; hours figures in minutes. For counts of persons also the sums of
 * the counted records' keys, per row and for the totals that are not the sum of the rows.
 */
record FigureCounts(Map<String, String> names, Map<String, Map<Figure, Long>> values,
		Map<String, Map<Figure, Long>> keys, Map<Figure, Long> totals, Map<Figure, Long> totalKeys) {

	FigureCounts() {
		this(new TreeMap<>(), new HashMap<>(), new HashMap<>(), new EnumMap<>(Figure.class), new EnumMap<>(Figure.class));
	}

	void put(String key, Figure figure, long value) {
		names.putIfAbsent(key, "");
		values.computeIfAbsent(key, it -> new EnumMap<>(Figure.class)).merge(figure, value, Long::sum);
	}

	void put(String key, Figure figure, long value, long keySum) {
		put(key, figure, value);
		keys.computeIfAbsent(key, it -> new EnumMap<>(Figure.class)).merge(figure, keySum, Long::sum);
	}

	void total(Figure figure, long value, long keySum) {
		totals.put(figure, value);
		totalKeys.put(figure, keySum);
	}

	CellKey.Cell cell(String key, Figure figure) {
		return new CellKey.Cell(values.getOrDefault(key, Map.of()).getOrDefault(figure, 0L),
				keys.getOrDefault(key, Map.of()).getOrDefault(figure, 0L));
	}

	CellKey.Cell total(Figure figure) {
		return new CellKey.Cell(totals.getOrDefault(figure, 0L), totalKeys.getOrDefault(figure, 0L));
	}
}
