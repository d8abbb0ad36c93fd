package nl.samenspel.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.samenspel.reporting.ReportTemplate.Breakdown;
import nl.samenspel.reporting.ReportTemplate.Period;
import nl.samenspel.reporting.ReportTemplates.Checked;

/**
 * The SQL of report templates ({@code report_template}, V13__report_templates.sql): figures and breakdowns are
 * stored as ordered comma-separated lists of their names. {@link ReportTemplates} holds the rules.
 */
@Repository
class ReportTemplateStore {

	private static final String COLUMNS = """
			select id, version, organisation_id, municipality_code, name, period_kind, figures, breakdowns, updated_at
			from report_template""";

	private final JdbcClient jdbc;

	ReportTemplateStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The templates of an organisation or for a municipality (either when both are given), by name. */
	List<ReportTemplate> list(@Nullable UUID organisation, @Nullable String municipality) {
		var conditions = new ArrayList<String>();
		var params = new HashMap<String, Object>();
		if (organisation != null) {
			conditions.add("organisation_id = :organisation");
			params.put("organisation", organisation);
		}
		if (municipality != null) {
			conditions.add("municipality_code = :municipality");
			params.put("municipality", municipality);
		}
		if (conditions.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(COLUMNS + " where " + String.join(" or ", conditions) + " order by name, id")
			.params(params)
			.query(ReportTemplateStore::template)
			.list();
	}

	Optional<ReportTemplate> find(UUID id) {
		return jdbc.sql(COLUMNS + " where id = :id").param("id", id).query(ReportTemplateStore::template).optional();
	}

	boolean ownedBy(UUID id, UUID organisation) {
		return jdbc.sql("select count(*) from report_template where id = :id and organisation_id = :organisation")
			.param("id", id).param("organisation", organisation).query(Integer.class).single() > 0;
	}

	/** Whether another template of the organisation (than the one with this id, if any) has this name. */
	boolean nameTaken(UUID organisation, String name, @Nullable UUID id) {
		return jdbc.sql("select count(*) from report_template where organisation_id = :organisation and name = :name and id <> :id")
			.param("organisation", organisation).param("name", name)
			.param("id", id == null ? UUID.randomUUID() : id).query(Integer.class).single() > 0;
	}

	UUID insert(UUID organisation, UUID by, Checked checked, Instant now) {
		var id = UUID.randomUUID();
		var params = params(checked);
		params.put("id", id);
		params.put("organisation", organisation);
		params.put("by", by);
		params.put("now", Timestamp.from(now));
		jdbc.sql("""
				insert into report_template (id, version, organisation_id, municipality_code, name, period_kind, figures,
				  breakdowns, created_by, created_at, updated_by, updated_at)
				values (:id, 0, :organisation, :municipality, :name, :period, :figures, :breakdowns, :by, :now, :by, :now)""")
			.params(params).update();
		return id;
	}

	void update(UUID id, UUID by, Checked checked, Instant now) {
		var params = params(checked);
		params.put("id", id);
		params.put("by", by);
		params.put("now", Timestamp.from(now));
		jdbc.sql("""
				update report_template set version = version + 1, municipality_code = :municipality, name = :name,
				  period_kind = :period, figures = :figures, breakdowns = :breakdowns, updated_by = :by, updated_at = :now
				where id = :id""").params(params).update();
	}

	void delete(UUID id) {
		jdbc.sql("delete from report_template where id = :id").param("id", id).update();
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
