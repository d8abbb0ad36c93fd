package nl.samenspel.audit.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditEntry;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditQuery;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Role;
import nl.samenspel.ui.NavigationGroup;
import nl.samenspel.ui.NavigationItem;
import nl.samenspel.ui.Option;
import nl.samenspel.ui.Page;

/** An ADMIN searches the organisation's audit log by user, object and period. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditController {


	private final AuditLog audit;

	AuditController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping("/audit")
	String search(@RequestParam(required = false) @Nullable String username,
			@RequestParam(required = false) @Nullable String objectType,
			@RequestParam(required = false) @Nullable String objectId,
			@RequestParam(required = false) @Nullable AuditAction action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(defaultValue = "0") int page, @ModelAttribute("page") Page layout, Model model) {
		var query = new AuditQuery(blankToNull(username), blankToNull(objectType), blankToNull(objectId), action,
				withinReason(from), withinReason(to));
		var result = audit.search(CurrentUser.required().organisationId(), query, PageRequest.of(Math.max(page, 0), 50));
		var actions = Arrays.stream(AuditAction.values())
			.map(it -> new Option(it.name(), layout.t(it.messageKey()), it == action))
			.toList();
		model.addAttribute("audit", AuditView.of(query, actions, result));
		return "audit/search";
	}

	/** The log starts in this century and ends before the next: other dates are typing mistakes. */
	private static @Nullable LocalDate withinReason(@Nullable LocalDate date) {
		if (date != null && (date.getYear() < 2000 || date.getYear() > 2100)) {
			throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.BAD_REQUEST);
		}
		return date;
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		var term = nl.samenspel.kernel.SearchTerm.of(value);
		return term.isEmpty() ? null : term;
	}

	@Configuration(proxyBeanMethods = false)
	static class AuditNavigation {

		@Bean
		NavigationItem auditNavigation() {
			return new NavigationItem(NavigationGroup.ADMINISTRATION, "nav.audit", "/audit", 95, Set.of(Role.ADMIN));
		}
	}
}
