package nl.samenspel.reporting.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A horizontal bar chart drawn on the server as SVG: one bar per line, its value written after it, a suppressed value
 * as "&lt;5" without a bar. The numbers are also in the table next to it, which is what a screen reader reads; the SVG
 * is one image with a title. Public because jte's generated classes live in another package.
 */
public record BarChart(String id, String title, List<Bar> bars, int width, int height) {

	static final int ROW = 24;
	static final int LABEL = 150;
	static final int BAR = 290;

	/** A line: its label (shortened to fit), value, and the bar's length and vertical position. */
	public record Bar(String label, String value, int y, int length) {
	}

	static BarChart of(String id, String title, List<String> labels, List<@Nullable Long> values) {
		long largest = values.stream().filter(Objects::nonNull).mapToLong(Long::longValue).max().orElse(0);
		var bars = new ArrayList<Bar>();
		for (int i = 0; i < labels.size(); i++) {
			var value = values.get(i);
			var label = labels.get(i);
			var shown = label.length() > 22 ? label.substring(0, 21) + "…" : label;
			int length = value == null || largest == 0 ? 0 : (int) Math.max(value > 0 ? 1 : 0, Math.round(BAR * (double) value / largest));
			bars.add(new Bar(shown, value == null ? "<5" : String.valueOf(value), 8 + i * ROW, length));
		}
		return new BarChart(id, title, bars, LABEL + BAR + 60, 16 + labels.size() * ROW);
	}

	public int labelWidth() {
		return LABEL;
	}
}
