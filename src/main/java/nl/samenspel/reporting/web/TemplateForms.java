package nl.samenspel.reporting.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.Role;
import nl.samenspel.organisation.OrganisationManagement;
import nl.samenspel.reporting.Figure;
import nl.samenspel.reporting.ReportTemplate;
import nl.samenspel.reporting.TemplateDetails;
import nl.samenspel.reporting.UnknownChoice;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Messages;
import nl.samenspel.ui.Option;
import nl.samenspel.ui.Options;

/**
 * The report template form, for the pages and the API: the municipalities to choose from, the figures and breakdowns to
 * tick and number, the order typed next to them, and a rejection put next to its field.
 */
@Component
class TemplateForms {

	private final OrganisationManagement organisations;

	TemplateForms(OrganisationManagement organisations) {
		this.organisations = organisations;
	}

	/** The organisation's active municipalities by code, for a coordinator; none for a municipality user. */
	Map<String, String> municipalityNames(CurrentUser user) {
		if (!user.hasRole(Role.COORDINATOR)) {
			return Map.of();
		}
		var names = new java.util.LinkedHashMap<String, String>();
		organisations.municipalities(user.organisationId()).stream().filter(it -> it.isActive())
			.forEach(it -> names.put(it.getCode(), it.getName() + " (" + it.getCode() + ")"));
		return names;
	}

	TemplateViews.Form form(@Nullable UUID id, TemplateDetails details, FieldMessages errors, Messages messages) {
		var municipalities = municipalityNames(CurrentUser.required()).entrySet().stream()
			.map(it -> new Option(it.getKey(), it.getValue(), it.getKey().equals(details.municipality())))
			.toList();
		var periods = Options.enumOptions(ReportTemplate.Period.class, "report.period.", messages, details.period());
		return new TemplateViews.Form(id, details.name(), municipalities, periods,
				choices(Figure.values(), details.figureList(), "report.figure.", messages),
				choices(ReportTemplate.Breakdown.values(), details.breakdownList(), "report.breakdown.", messages), errors);
	}

	/** Every constant to tick: the chosen ones first, numbered in their order, then the rest. */
	private static List<TemplateViews.Choice> choices(Enum<?>[] all, List<String> chosen, String prefix, Messages messages) {
		var choices = new ArrayList<TemplateViews.Choice>();
		var known = Arrays.stream(all).map(Enum::name).toList();
		var picked = chosen.stream().filter(known::contains).distinct().toList();
		for (int i = 0; i < picked.size(); i++) {
			choices.add(new TemplateViews.Choice(picked.get(i), messages.t(prefix + picked.get(i)), true, i + 1));
		}
		known.stream().filter(it -> !picked.contains(it))
			.forEach(it -> choices.add(new TemplateViews.Choice(it, messages.t(prefix + it), false, null)));
		return choices;
	}

	/** The ticked figures and breakdowns sorted by the numbers typed next to them; those without one keep their place after. */
	static TemplateDetails ordered(TemplateDetails details, MultiValueMap<String, String> parameters) {
		return details.reordered(sorted(details.figureList(), parameters, "figureOrder-", "figures"),
				sorted(details.breakdownList(), parameters, "breakdownOrder-", "breakdowns"));
	}

	private static List<String> sorted(List<String> chosen, MultiValueMap<String, String> parameters, String prefix,
			String field) {
		var positions = new java.util.HashMap<String, Integer>();
		for (var name : chosen) {
			var typed = name == null ? null : parameters.getFirst(prefix + name);
			if (typed == null || typed.isBlank()) {
				continue;
			}
			try {
				positions.put(name, Integer.parseInt(typed.strip()));
			}
			catch (NumberFormatException notANumber) {
				throw new FieldRejected(field, "report.error.position");
			}
		}
		var list = new ArrayList<>(chosen);
		list.sort(Comparator.comparing(name -> positions.getOrDefault(name, Integer.MAX_VALUE)));
		return list;
	}

	/** Puts a rejection next to its field; the message of an unknown name names it. */
	static void reject(FieldRejected rejected, BindingResult errors) {
		var arguments = rejected instanceof UnknownChoice unknown ? new Object[] { unknown.name() } : null;
		errors.addError(new FieldError(errors.getObjectName(), rejected.field(), null, false,
				new String[] { rejected.messageKey() }, arguments, null));
	}
}
