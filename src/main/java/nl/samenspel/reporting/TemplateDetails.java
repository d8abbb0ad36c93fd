package nl.samenspel.reporting;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import nl.samenspel.kernel.PlainText;
import nl.samenspel.reporting.ReportTemplate.Period;

/**
 * A report template as typed: its name, the municipality (CBS code) it is for, the kind of period, and the figures
 * and breakdowns by name, in order. Names, not enum values, so that an unknown one reaches {@link ReportTemplates}
 * and is answered with a message naming it.
 */
public record TemplateDetails(@NotBlank @Size(max = 100) @PlainText @Nullable String name,
		@NotBlank @Nullable String municipality, @NotNull @Nullable Period period,
		@Nullable List<String> figures, @Nullable List<String> breakdowns) {

	public List<String> figureList() {
		return figures == null ? List.of() : figures;
	}

	public List<String> breakdownList() {
		return breakdowns == null ? List.of() : breakdowns;
	}

	/** The same details with the figures and breakdowns in another order. */
	public TemplateDetails reordered(List<String> figures, List<String> breakdowns) {
		return new TemplateDetails(name, municipality, period, figures, breakdowns);
	}
}
