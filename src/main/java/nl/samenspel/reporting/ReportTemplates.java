package nl.samenspel.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.NotFound;
import nl.samenspel.kernel.PlainText;
import nl.samenspel.kernel.Role;
import nl.samenspel.reporting.ReportTemplate.Breakdown;
import nl.samenspel.reporting.ReportTemplate.Period;

/**
 * Report templates: so that one registration gives every municipality its own report format. A COORDINATOR makes,
 * changes and deletes their organisation's templates, each for one of the organisation's municipalities. A
 * MUNICIPALITY user sees and runs the templates made for their own municipality by any organisation, read-only, and
 * running one gives them their municipality's figures suppressed, as {@link Reports} always does for them. Another
 * organisation's template, or another municipality's, is not found.
 */
@Service
@Transactional
public class ReportTemplates {

	static final int NAME_LENGTH = 100;

	private final ReportTemplateStore store;
	private final Reports reports;
	private final ReportScope scopes;
	private final AuditLog audit;
	private final Clock clock;

	ReportTemplates(ReportTemplateStore store, Reports reports, ReportScope scopes, AuditLog audit, Clock clock) {
		this.store = store;
		this.reports = reports;
		this.scopes = scopes;
		this.audit = audit;
		this.clock = clock;
	}

	/** A coordinator's organisation's templates, and a municipality user's municipality's, by name. */
	@Transactional(readOnly = true)
	public List<ReportTemplate> list(CurrentUser user) {
		var organisation = user.hasRole(Role.COORDINATOR) ? user.organisationId() : null;
		var municipality = user.hasRole(Role.MUNICIPALITY) ? reports.municipalityOf(user) : null;
		if (!user.hasRole(Role.COORDINATOR) && !user.hasRole(Role.MUNICIPALITY)) {
			throw new AccessDeniedException("coordinators and municipalities");
		}
		return store.list(organisation, municipality);
	}

	/** One template the user may see; otherwise not found. */
	@Transactional(readOnly = true)
	public ReportTemplate template(CurrentUser user, UUID id) {
		var template = store.find(id).orElseThrow(NotFound::new);
		if (user.hasRole(Role.COORDINATOR) && template.organisationId().equals(user.organisationId())) {
			return template;
		}
		if (user.hasRole(Role.MUNICIPALITY) && template.municipalityCode().equals(reports.municipalityOf(user))) {
			return template;
		}
		throw new NotFound();
	}

	/** Whether the user may change this template: a coordinator of the organisation that made it. */
	public boolean canEdit(CurrentUser user, ReportTemplate template) {
		return user.hasRole(Role.COORDINATOR) && template.organisationId().equals(user.organisationId());
	}

	public ReportTemplate create(CurrentUser user, TemplateDetails details) {
		coordinator(user);
		var checked = check(user, details, null);
		var id = insert(user.organisationId(), user.id(), checked);
		audit.record(AuditAction.CREATED, "report-template", id, AuditResult.SUCCESS);
		return template(user, id);
	}

	public ReportTemplate update(CurrentUser user, UUID id, TemplateDetails details) {
		coordinator(user);
		own(user, id);
		store.update(id, user.id(), check(user, details, id), clock.instant());
		audit.record(AuditAction.UPDATED, "report-template", id, AuditResult.SUCCESS);
		return template(user, id);
	}

	public void delete(CurrentUser user, UUID id) {
		coordinator(user);
		own(user, id);
		store.delete(id);
		audit.record(AuditAction.ERASED, "report-template", id, AuditResult.SUCCESS);
	}

	/**
	 * Runs a template for a year, and for a quarter (1 to 4) or a month (1 to 12) when the template covers one: per
	 * breakdown, in order, the chosen figures in the chosen order. The figures come from {@link Reports}, with its
	 * rules: a MUNICIPALITY user gets their own municipality's, suppressed.
	 */
	@Transactional(readOnly = true)
	public TemplateReport run(CurrentUser user, UUID id, int year, @Nullable Integer part) {
		var template = template(user, id);
		if (year < 2000 || year > 2100) {
			throw new FieldRejected("year", "report.error.year");
		}
		LocalDate from;
		LocalDate to;
		Integer chosen = null;
		switch (template.period()) {
			case QUARTER -> {
				if (part == null || part < 1 || part > 4) {
					throw new FieldRejected("quarter", "report.error.quarter");
				}
				chosen = part;
				from = LocalDate.of(year, 3 * part - 2, 1);
				to = YearMonth.of(year, 3 * part).atEndOfMonth();
			}
			case MONTH -> {
				if (part == null || part < 1 || part > 12) {
					throw new FieldRejected("month", "report.error.month");
				}
				chosen = part;
				from = LocalDate.of(year, part, 1);
				to = YearMonth.of(year, part).atEndOfMonth();
			}
			default -> {
				from = LocalDate.of(year, 1, 1);
				to = LocalDate.of(year, 12, 31);
			}
		}
		var tables = new EnumMap<Reports.Breakdown, FigureTable>(Reports.Breakdown.class);
		var sections = new ArrayList<TemplateReport.Section>();
		for (var breakdown : template.breakdowns()) {
			var full = tables.computeIfAbsent(breakdown.rows(),
					it -> reports.figures(user, from, to, template.municipalityCode(), it));
			var table = full.only(template.figures());
			if (breakdown == Breakdown.TOTAL) {
				table = table.totalsOnly();
			}
			sections.add(new TemplateReport.Section(breakdown, table));
		}
		var suppressed = sections.stream().anyMatch(it -> it.table().suppressed());
		return new TemplateReport(template, year, chosen, from, to, suppressed, sections);
	}

	/** What a template holds once every part is checked. */
	record Checked(String municipality, String name, Period period, List<Figure> figures, List<Breakdown> breakdowns) {
	}

	/** Stores a checked template; also for the demo. */
	UUID insert(UUID organisation, UUID by, Checked checked) {
		return store.insert(organisation, by, checked, clock.instant());
	}

	private static void coordinator(CurrentUser user) {
		if (!user.hasRole(Role.COORDINATOR)) {
			throw new AccessDeniedException("coordinators");
		}
	}

	private void own(CurrentUser user, UUID id) {
		if (!store.ownedBy(id, user.organisationId())) {
			throw new NotFound();
		}
	}

	private Checked check(CurrentUser user, TemplateDetails details, @Nullable UUID id) {
		var name = details.name() == null ? "" : details.name().strip();
		if (name.isEmpty()) {
			throw new FieldRejected("name", "report.error.templateName");
		}
		if (name.length() > NAME_LENGTH) {
			throw new FieldRejected("name", "report.error.templateNameLength");
		}
		if (!new PlainText.Validator().isValid(name, null)) {
			throw new FieldRejected("name", "validation.plainText");
		}
		var code = details.municipality() == null ? "" : details.municipality().strip();
		// a CBS code is GM and four digits; anything else is not looked up (PostgreSQL refuses a NUL in a parameter)
		if (!code.matches("GM[0-9]{4}") || !scopes.worksIn(user.organisationId(), code)) {
			throw new FieldRejected("municipality", "report.error.municipality");
		}
		if (details.period() == null) {
			throw new FieldRejected("period", "report.error.period");
		}
		var figures = choices(details.figureList(), Figure.class, "figures", "report.error.noFigures",
				"report.error.unknownFigure");
		var breakdowns = choices(details.breakdownList(), Breakdown.class, "breakdowns", "report.error.noBreakdowns",
				"report.error.unknownBreakdown");
		if (store.nameTaken(user.organisationId(), name, id)) {
			throw new FieldRejected("name", "report.error.templateNameTaken");
		}
		return new Checked(code, name, details.period(), figures, breakdowns);
	}

	/** The named constants in the order given, each once; an unknown name is refused with a message naming it. */
	static <E extends Enum<E>> List<E> choices(List<@Nullable String> names, Class<E> type, String field, String noneKey,
			String unknownKey) {
		var chosen = new ArrayList<E>();
		for (var raw : names) {
			if (raw == null || raw.isBlank()) {
				continue;
			}
			var name = raw.strip();
			var value = Arrays.stream(type.getEnumConstants())
				.filter(it -> it.name().equals(name.toUpperCase(Locale.ROOT)))
				.findFirst()
				.orElseThrow(() -> new UnknownChoice(field, unknownKey, name));
			if (!chosen.contains(value)) {
				chosen.add(value);
			}
		}
		if (chosen.isEmpty()) {
			throw new FieldRejected(field, noneKey);
		}
		return chosen;
	}
}
