package nl.samenspel.reporting.web;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Role;
import nl.samenspel.organisation.MunicipalityNames;
import nl.samenspel.ui.Messages;

/**
 * How a report names the municipality it covers: "Gemeente Zonnedal (GM9901)", its name with the CBS code that the
 * municipality's own systems use; the code alone when no name is known. A coordinator reads their organisation's name
 * for it, a municipality user the name any organisation working there gave it.
 */
@Component
class MunicipalityLabels {

	private final MunicipalityNames names;

	MunicipalityLabels(MunicipalityNames names) {
		this.names = names;
	}

	/** The label, or null for a report that covers no single municipality. */
	@Nullable String label(CurrentUser user, @Nullable String code, Messages messages) {
		if (code == null || code.isBlank()) {
			return null;
		}
		var organisation = user.hasRole(Role.COORDINATOR) ? user.organisationId() : null;
		return names.name(organisation, code).map(name -> messages.t("reports.municipalityName", bare(name), code))
			.orElse(code);
	}

	/** The name without "Gemeente" in front, which the message puts there in the reader's language. */
	private static String bare(String name) {
		var prefix = "gemeente ";
		return name.toLowerCase(Locale.ROOT).startsWith(prefix) && name.length() > prefix.length()
				? name.substring(prefix.length()).strip() : name.strip();
	}
}
