package nl.samenspel.activities;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.samenspel.kernel.NotFound;

/**
 * The SQL of activities with their tasks, themes and staff. Every method that takes an organisation scopes to it;
 * an id of another organisation is simply not found.
 */
@Repository
class ActivityStore {

	private final JdbcClient jdbc;

	ActivityStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Activity activity(UUID organisationId, UUID id) {
		return activities(List.of(id)).stream().filter(it -> it.organisationId().equals(organisationId)).findFirst()
			.orElseThrow(NotFound::new);
	}

	/** Activities by id, in the order given, with their tasks, themes and staff. */
	List<Activity> activities(List<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		var tasks = new HashMap<UUID, Set<Task>>();
		jdbc.sql("select activity_id, task from activity_task where activity_id in (:ids)").param("ids", ids)
			.query(rs -> {
				tasks.computeIfAbsent(rs.getObject(1, UUID.class), it -> EnumSet.noneOf(Task.class))
					.add(Task.valueOf(rs.getString(2)));
			});
		var themes = new HashMap<UUID, Set<Theme>>();
		jdbc.sql("select activity_id, theme from activity_theme where activity_id in (:ids)").param("ids", ids)
			.query(rs -> {
				themes.computeIfAbsent(rs.getObject(1, UUID.class), it -> EnumSet.noneOf(Theme.class))
					.add(Theme.valueOf(rs.getString(2)));
			});
		var staff = new HashMap<UUID, List<UUID>>();
		jdbc.sql("select activity_id, app_user_id from activity_staff where activity_id in (:ids)").param("ids", ids)
			.query(rs -> {
				staff.computeIfAbsent(rs.getObject(1, UUID.class), it -> new ArrayList<>()).add(rs.getObject(2, UUID.class));
			});
		var found = new HashMap<UUID, Activity>();
		jdbc.sql("select * from activity where id in (:ids)").param("ids", ids).query((rs, n) -> {
			var id = rs.getObject("id", UUID.class);
			return new Activity(id, rs.getObject("organisation_id", UUID.class), rs.getString("title"),
					rs.getString("description"), rs.getString("description_en"),
					tasks.getOrDefault(id, EnumSet.noneOf(Task.class)), themes.getOrDefault(id, EnumSet.noneOf(Theme.class)),
					rs.getObject("location_id", UUID.class), rs.getInt("min_age"), rs.getInt("max_age"),
					(Integer) rs.getObject("capacity"), Cost.valueOf(rs.getString("cost")),
					(Integer) rs.getObject("price_cents"), Mode.valueOf(rs.getString("mode")), rs.getString("accessibility"),
					rs.getString("languages"), rs.getString("intervention"), staff.getOrDefault(id, List.of()),
					rs.getBoolean("published"), rs.getBoolean("active"), rs.getBoolean("intergenerational"));
		}).list().forEach(activity -> found.put(activity.id(), activity));
		return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
	}

	/** A page of the organisation's activities whose title holds the term, active ones first, by title. */
	Page<Activity> page(UUID organisationId, String term, boolean inactiveToo, boolean intergenerationalOnly,
			Pageable pageable) {
		var condition = new StringBuilder("organisation_id = :organisation");
		var params = new HashMap<String, Object>();
		params.put("organisation", organisationId);
		if (intergenerationalOnly) {
			condition.append(" and intergenerational = true");
		}
		if (!term.isEmpty()) {
			condition.append(" and lower(title) like :title");
			params.put("title", "%" + term.replace("%", "").replace("_", "") + "%");
		}
		if (!inactiveToo) {
			condition.append(" and active = true");
		}
		long total = jdbc.sql("select count(*) from activity where " + condition).params(params).query(Long.class).single();
		var ids = jdbc.sql("select id from activity where " + condition + " order by active desc, lower(title), id limit :limit offset :offset")
			.params(params)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query(UUID.class)
			.list();
		return new PageImpl<>(activities(ids), pageable, total);
	}

	boolean none() {
		return jdbc.sql("select count(*) from activity").query(Integer.class).single() == 0;
	}

	void insert(UUID id, UUID organisationId, ActivityDetails details, Instant now) {
		jdbc.sql("""
				insert into activity (id, version, organisation_id, title, description, description_en, location_id, min_age,
				  max_age, capacity, cost, price_cents, mode, accessibility, languages, intervention, published, active, created_at,
				  intergenerational)
				values (:id, 0, :organisation, :title, :description, :descriptionEn, :location, :minAge, :maxAge, :capacity,
				  :cost, :price, :mode, :accessibility, :languages, :intervention, :published, true, :now, :intergenerational)""")
			.params(columns(details))
			.param("id", id)
			.param("organisation", organisationId)
			.param("now", Timestamp.from(now))
			.update();
		writeSets(id, details);
	}

	void update(UUID id, UUID organisationId, ActivityDetails details) {
		jdbc.sql("""
				update activity set version = version + 1, title = :title, description = :description,
				  description_en = :descriptionEn, location_id = :location, min_age = :minAge, max_age = :maxAge,
				  capacity = :capacity, cost = :cost, price_cents = :price, mode = :mode, accessibility = :accessibility,
				  languages = :languages, intervention = :intervention, published = :published,
				  intergenerational = :intergenerational
				where id = :id and organisation_id = :organisation""")
			.params(columns(details))
			.param("id", id)
			.param("organisation", organisationId)
			.update();
		jdbc.sql("delete from activity_task where activity_id = :id").param("id", id).update();
		jdbc.sql("delete from activity_theme where activity_id = :id").param("id", id).update();
		jdbc.sql("delete from activity_staff where activity_id = :id").param("id", id).update();
		writeSets(id, details);
	}

	void deactivate(UUID id) {
		jdbc.sql("update activity set active = false, published = false, version = version + 1 where id = :id")
			.param("id", id).update();
	}

	/** Takes the activity's row lock: enrolments of one activity are decided one at a time. */
	void lock(UUID activityId) {
		jdbc.sql("select id from activity where id = :id for update").param("id", activityId).query(UUID.class).list();
	}

	private static Map<String, Object> columns(ActivityDetails details) {
		var columns = new HashMap<String, Object>();
		columns.put("title", details.title().strip());
		columns.put("description", details.description().strip());
		columns.put("descriptionEn", blankToNull(details.descriptionEn()));
		columns.put("location", details.locationId());
		columns.put("minAge", details.minAge());
		columns.put("maxAge", details.maxAge());
		columns.put("capacity", details.mode() == Mode.DROP_IN ? null : details.capacity());
		columns.put("cost", details.cost().name());
		columns.put("price", details.cost() == Cost.PAID && details.price() != null
				? details.price().movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).intValueExact() : null);
		columns.put("mode", details.mode().name());
		columns.put("accessibility", blankToNull(details.accessibility()));
		columns.put("languages", blankToNull(details.languages()));
		columns.put("intervention", blankToNull(details.intervention()));
		columns.put("published", !Boolean.FALSE.equals(details.published()));
		columns.put("intergenerational", details.marksIntergenerational());
		return columns;
	}

	private void writeSets(UUID id, ActivityDetails details) {
		for (var task : details.taskSet()) {
			jdbc.sql("insert into activity_task (activity_id, task) values (:id, :task)").param("id", id)
				.param("task", task.name()).update();
		}
		for (var theme : details.themeSet()) {
			jdbc.sql("insert into activity_theme (activity_id, theme) values (:id, :theme)").param("id", id)
				.param("theme", theme.name()).update();
		}
		for (var staff : details.staffList()) {
			jdbc.sql("insert into activity_staff (activity_id, app_user_id) values (:id, :user)").param("id", id)
				.param("user", staff).update();
		}
	}

	static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	// the public programme

	/** A page of published activities with their next planned session in a period, soonest first. */
	record Listed(long total, Map<UUID, PublicProgramme.Meeting> next) {
	}

	/**
	 * The published, active activities with a planned session between two days, filtered as the public asks (the
	 * neighbourhood as the locations in it), soonest first, each with its first such session.
	 */
	Listed published(PublicProgramme.Filter filter, @Nullable List<UUID> locations, LocalDate from, LocalDate until,
			Pageable pageable) {
		var sessionCondition = new StringBuilder(
				"s.activity_id = a.id and s.status = 'PLANNED' and s.session_date between :today and :until");
		var where = new StringBuilder("a.published = true and a.active = true");
		var params = new HashMap<String, Object>();
		params.put("today", Date.valueOf(from));
		params.put("until", Date.valueOf(until));
		if (filter.day() != null) {
			sessionCondition.append(" and s.weekday = :weekday");
			params.put("weekday", filter.day().getValue());
		}
		if (filter.organisationId() != null) {
			where.append(" and a.organisation_id = :organisation");
			params.put("organisation", filter.organisationId());
		}
		if (locations != null) {
			where.append(" and a.location_id in (:locations)");
			params.put("locations", locations);
		}
		if (filter.age() != null) {
			where.append(" and a.min_age <= :age and a.max_age >= :age");
			params.put("age", filter.age());
		}
		if (filter.free()) {
			where.append(" and a.cost <> 'PAID'");
		}
		if (filter.theme() != null) {
			where.append(" and exists (select 1 from activity_theme t where t.activity_id = a.id and t.theme = :theme)");
			params.put("theme", filter.theme().name());
		}
		if (filter.task() != null) {
			where.append(" and exists (select 1 from activity_task k where k.activity_id = a.id and k.task = :task)");
			params.put("task", filter.task().name());
		}
		var sql = " from activity a join activity_session s on " + sessionCondition + " where " + where;
		long total = jdbc.sql("select count(distinct a.id)" + sql).params(params).query(Long.class).single();
		var first = new LinkedHashMap<UUID, PublicProgramme.Meeting>();
		jdbc.sql("select a.id, min(s.session_date) as first_date, lower(a.title) as sort_title" + sql
				+ " group by a.id, a.title order by min(s.session_date), lower(a.title), a.id limit :limit offset :offset")
			.params(params)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query(rs -> {
				first.put(rs.getObject("id", UUID.class), null);
			});
		if (first.isEmpty()) {
			return new Listed(total, Map.of());
		}
		var dayCondition = filter.day() == null ? "" : " and s.weekday = :weekday";
		jdbc.sql("select s.id, s.activity_id, s.session_date, s.starts_at, s.ends_at from activity_session s"
				+ " where s.activity_id in (:ids) and s.status = 'PLANNED' and s.session_date between :today and :until"
				+ dayCondition + " order by s.session_date desc, s.starts_at desc")
			.params(params)
			.param("ids", List.copyOf(first.keySet()))
			.query(rs -> {
				first.put(rs.getObject("activity_id", UUID.class), new PublicProgramme.Meeting(rs.getObject("id", UUID.class),
						rs.getDate("session_date").toLocalDate(), rs.getTime("starts_at").toLocalTime(),
						rs.getTime("ends_at").toLocalTime(), false));
			});
		return new Listed(total, first);
	}

	/** Takes a user off the staff of the organisation's activities (the staff new sessions start with). */
	int removeStaff(UUID organisationId, UUID userId) {
		return jdbc.sql("""
				delete from activity_staff where app_user_id = :user and activity_id in (
				  select id from activity where organisation_id = :organisation)""")
			.param("user", userId)
			.param("organisation", organisationId)
			.update();
	}
}
