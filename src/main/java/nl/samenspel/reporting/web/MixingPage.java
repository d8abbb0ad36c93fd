package nl.samenspel.reporting.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import nl.samenspel.reporting.MixingReport;
import nl.samenspel.ui.FieldMessages;

/**
 * What the mixing page shows: the report (none when the period was rejected), the period typed, and how its values
 * read: an index with two decimals in the page's language, &lt;5 where suppressed, a dash where nothing is known.
 */
public record MixingPage(@Nullable MixingReport report, String from, String to, FieldMessages errors, Locale locale,
		java.util.List<nl.samenspel.ui.Option> periods) {

	public String index(MixingReport.Index index) {
		if (index.hidden()) {
			return "<5";
		}
		if (index.value() == null) {
			return "–";
		}
		var format = java.text.NumberFormat.getNumberInstance(locale);
		format.setMinimumFractionDigits(2);
		format.setMaximumFractionDigits(2);
		return format.format(BigDecimal.valueOf(index.value()).setScale(2, RoundingMode.HALF_UP));
	}

	public String groups(MixingReport.Index index) {
		return index.groups() == null ? "–" : String.valueOf(index.groups());
	}

	public String unknown(MixingReport.Index index) {
		return count(index.unknown());
	}

	public String count(@Nullable Long count) {
		return count == null ? "<5" : String.valueOf(count);
	}
}
