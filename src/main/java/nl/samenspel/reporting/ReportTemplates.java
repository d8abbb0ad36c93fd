package nl.samenspel.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
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

	private static final String COLUMNS = """
			select id, version, organisation_id, municipality_code, name, period_kind, figures, breakdowns, updated_at
			from report_template""";

	private final JdbcClient jdbc;
	private final Reports reports;
	private final AuditLog audit;
	private final Clock clock;

	ReportTemplates(JdbcClient jdbc, Reports reports, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.reports = reports;
		this.audit = audit;
		this.clock = clock;
	}

	/** A coordinator's organisation's templates, and a municipality user's municipality's, by name. */
	@Transactional(readOnly = true)
	public List<ReportTemplate> list(CurrentUser user) {
		var conditions = new ArrayList<String>();
		var params = new HashMap<String, Object>();
		if (user.hasRole(Role.COORDINATOR)) {
			conditions.add("organisation_id = :organisation");
			params.put("organisation", user.organisationId());
		}
		if (user.hasRole(Role.MUNICIPALITY)) {
			var own = reports.municipalityOf(user);
			if (own != null) {
				conditions.add("municipality_code = :municipality");
				params.put("municipality", own);
			}
		}
		if (!user.hasRole(Role.COORDINATOR) && !user.hasRole(Role.MUNICIPALITY)) {
			throw new AccessDeniedException("coordinators and municipalities");
		}
		if (conditions.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(COLUMNS + " where " + String.join(" or ", conditions) + " order by name, id")
			.params(params)
			.query(ReportTemplates::template)
			.list();
	}

	/** One template the user may see; otherwise not found. */
	@Transactional(readOnly = true)
	public ReportTemplate template(CurrentUser user, UUID id) {
		var template = jdbc.sql(COLUMNS + " where id = :id").param("id", id).query(ReportTemplates::template).optional()
			.orElseThrow(NotFound::new);
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
		var checked = check(user, details, id);
		var params = params(checked);
		params.put("id", id);
		params.put("by", user.id());
		params.put("now", Timestamp.from(clock.instant()));
		jdbc.sql("""
				update report_template set version = version + 1, municipality_code = :municipality, name = :name,
				  period_kind = :period, figures = :figures, breakdowns = :breakdowns, updated_by = :by, updated_at = :now
				where id = :id""").params(params).update();
		audit.record(AuditAction.UPDATED, "report-template", id, AuditResult.SUCCESS);
		return template(user, id);
	}

	public void delete(CurrentUser user, UUID id) {
		coordinator(user);
		own(user, id);
		jdbc.sql("delete from report_template where id = :id").param("id", id).update();
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
		var id = UUID.randomUUID();
		var params = params(checked);
		params.put("id", id);
		params.put("organisation", organisation);
		params.put("by", by);
		params.put("now", Timestamp.from(clock.instant()));
		jdbc.sql("""
				insert into report_template (id, version, organisation_id, municipality_code, name, period_kind, figures,
				  breakdowns, created_by, created_at, updated_by, updated_at)
				values (:id, 0, :organisation, :municipality, :name, :period, :figures, :breakdowns, :by, :now, :by, :now)""")
			.params(params).update();
		return id;
	}

	private static Map<String, Object> params(Checked checked) {
		var params = new HashMap<String, Object>();
		params.put("municipality", checked.municipality());
		params.put("name", checked.name());
		params.put("period", checked.period().name());
		params.put("figures", checked.figures().stream().map(Enum::name).collect(Collectors.joining(",")));
		params.put("breakdowns", checked.breakdowns().stream().map(Enum::name).collect(Collectors.joining(",")));
		return params;
	}

	private static void coordinator(CurrentUser user) {
		if (!user.hasRole(Role.COORDINATOR)) {
			throw new AccessDeniedException("coordinators");
		}
	}

	private void own(CurrentUser user, UUID id) {
		var own = jdbc.sql("select count(*) from report_template where id = :id and organisation_id = :organisation")
			.param("id", id).param("organisation", user.organisationId()).query(Integer.class).single() > 0;
		if (!own) {
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
		var own = code.matches("GM[0-9]{4}") && jdbc.sql("select count(*) from municipality where organisation_id = :organisation and code = :code")
			.param("organisation", user.organisationId()).param("code", code).query(Integer.class).single() > 0;
		if (!own) {
			throw new FieldRejected("municipality", "report.error.municipality");
		}
		if (details.period() == null) {
			throw new FieldRejected("period", "report.error.period");
		}
		var figures = choices(details.figureList(), Figure.class, "figures", "report.error.noFigures",
				"report.error.unknownFigure");
		var breakdowns = choices(details.breakdownList(), Breakdown.class, "breakdowns", "report.error.noBreakdowns",
				"report.error.unknownBreakdown");
		var taken = jdbc.sql("select count(*) from report_template where organisation_id = :organisation and name = :name and id <> :id")
			.param("organisation", user.organisationId()).param("name", name)
			.param("id", id == null ? UUID.randomUUID() : id).query(Integer.class).single() > 0;
		if (taken) {
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

	private static ReportTemplate template(ResultSet rs, int row) throws SQLException {
		return new ReportTemplate(rs.getObject(1, UUID.class), rs.getLong(2), rs.getObject(3, UUID.class), rs.getString(4),
				rs.getString(5), Period.valueOf(rs.getString(6)), stored(rs.getString(7), Figure.class),
				stored(rs.getString(8), Breakdown.class), rs.getTimestamp(9).toInstant());
	}

	/** A stored list; a name no longer known (a figure since removed) is left out rather than failing. */
	private static <E extends Enum<E>> List<E> stored(String names, Class<E> type) {
		return Arrays.stream(names.split(","))
			.flatMap(name -> Arrays.stream(type.getEnumConstants()).filter(it -> it.name().equals(name.strip())))
			.toList();
	}
}
