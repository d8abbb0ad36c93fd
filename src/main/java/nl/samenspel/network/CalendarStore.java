package nl.samenspel.network;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The shared calendar as stored ({@code calendar_entry}, V54): every query names the organisation; a neighbourhood's
 * entries of a period are read through the index on (neighbourhood, start), bounded below by the longest an entry
 * may last.
 */
@Repository
class CalendarStore {

	private static final String SELECT = """
			select e.*, n.name as partner_name from calendar_entry e
			left join network_organisation n on n.id = e.network_organisation_id
			""";

	private final JdbcClient jdbc;

	CalendarStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What an entry holds besides its id, owner and key. */
	record Row(UUID neighbourhoodId, String title, @Nullable String location, @Nullable String description,
			Instant startsAt, Instant endsAt, int minAge, int maxAge) {
	}

	void insert(UUID id, UUID organisationId, @Nullable UUID partnerId, Row row, @Nullable UUID seriesId,
			@Nullable String importKey, UUID createdBy, Instant now) {
		jdbc.sql("""
				insert into calendar_entry (id, version, organisation_id, network_organisation_id, neighbourhood_id, title,
				  location, description, starts_at, ends_at, min_age, max_age, series_id, import_key, created_by, updated_at)
				values (:id, 0, :organisation, :partner, :neighbourhood, :title, :location, :description, :startsAt, :endsAt,
				  :minAge, :maxAge, :series, :importKey, :createdBy, :now)""")
			.params(columns(row))
			.param("id", id)
			.param("organisation", organisationId)
			.param("partner", partnerId)
			.param("series", seriesId)
			.param("importKey", importKey)
			.param("createdBy", createdBy)
			.param("now", Timestamp.from(now))
			.update();
	}

	void update(UUID organisationId, UUID id, @Nullable UUID partnerId, Row row, Instant now) {
		jdbc.sql("""
				update calendar_entry set version = version + 1, network_organisation_id = :partner,
				  neighbourhood_id = :neighbourhood, title = :title, location = :location, description = :description,
				  starts_at = :startsAt, ends_at = :endsAt, min_age = :minAge, max_age = :maxAge, updated_at = :now
				where organisation_id = :organisation and id = :id""")
			.params(columns(row))
			.param("id", id)
			.param("organisation", organisationId)
			.param("partner", partnerId)
			.param("now", Timestamp.from(now))
			.update();
	}

	int delete(UUID organisationId, List<UUID> ids) {
		if (ids.isEmpty()) {
			return 0;
		}
		return jdbc.sql("delete from calendar_entry where organisation_id = :organisation and id in (:ids)")
			.param("organisation", organisationId).param("ids", ids).update();
	}

	Optional<CalendarEntry> find(UUID organisationId, UUID id) {
		return jdbc.sql(SELECT + "where e.organisation_id = :organisation and e.id = :id")
			.param("organisation", organisationId).param("id", id)
			.query(CalendarStore::entry).optional();
	}

	/** The entries of a series from a moment on that still belong to its owner (staff may have moved one to another). */
	List<UUID> seriesFrom(UUID organisationId, UUID seriesId, @Nullable UUID partnerId, Instant from) {
		var owner = partnerId == null ? "network_organisation_id is null" : "network_organisation_id = :partner";
		var query = jdbc.sql("""
				select id from calendar_entry
				where organisation_id = :organisation and series_id = :series and starts_at >= :periodStart and """ + " " + owner)
			.param("organisation", organisationId).param("series", seriesId).param("periodStart", Timestamp.from(from));
		if (partnerId != null) {
			query = query.param("partner", partnerId);
		}
		return query.query(UUID.class).list();
	}

	/** A neighbourhood's entries that run during [from, to), by start. */
	List<CalendarEntry> inNeighbourhood(UUID organisationId, UUID neighbourhoodId, Instant from, Instant to) {
		return jdbc.sql(SELECT + """
				where e.neighbourhood_id = :neighbourhood and e.organisation_id = :organisation
				  and e.starts_at > :earliest and e.starts_at < :to and e.ends_at > :periodStart
				order by e.starts_at, e.id""")
			.param("neighbourhood", neighbourhoodId)
			.param("organisation", organisationId)
			.param("earliest", Timestamp.from(from.minus(IcsFile.LONGEST)))
			.param("periodStart", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query(CalendarStore::entry).list();
	}

	/** The neighbourhoods in which the partner (null: the organisation itself) has entries during [from, to). */
	List<UUID> neighbourhoodsOf(UUID organisationId, UUID partnerId, Instant from, Instant to) {
		return jdbc.sql("""
				select distinct neighbourhood_id from calendar_entry
				where organisation_id = :organisation and network_organisation_id = :partner
				  and starts_at > :earliest and starts_at < :to and ends_at > :periodStart""")
			.param("organisation", organisationId)
			.param("partner", partnerId)
			.param("earliest", Timestamp.from(from.minus(IcsFile.LONGEST)))
			.param("periodStart", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query(UUID.class).list();
	}

	/** The partner's imported entries that start from a moment on, by their import key. */
	Map<String, CalendarEntry> importedFrom(UUID organisationId, UUID partnerId, Instant from) {
		var byKey = new HashMap<String, CalendarEntry>();
		jdbc.sql(SELECT + """
				where e.organisation_id = :organisation and e.network_organisation_id = :partner
				  and e.import_key is not null and e.starts_at >= :periodStart""")
			.param("organisation", organisationId)
			.param("partner", partnerId)
			.param("periodStart", Timestamp.from(from))
			.query(rs -> {
				byKey.put(rs.getString("import_key"), entry(rs, 0));
			});
		return byKey;
	}

	/** The imported entry with this key, whenever it starts (an occurrence moved into the window's past). */
	Optional<UUID> importedId(UUID organisationId, UUID partnerId, String importKey) {
		return jdbc.sql("""
				select id from calendar_entry
				where organisation_id = :organisation and network_organisation_id = :partner and import_key = :key""")
			.param("organisation", organisationId).param("partner", partnerId).param("key", importKey)
			.query(UUID.class).optional();
	}

	boolean anyOf(UUID organisationId) {
		return jdbc.sql("select count(*) from calendar_entry where organisation_id = :organisation")
			.param("organisation", organisationId).query(Integer.class).single() > 0;
	}

	private static Map<String, Object> columns(Row row) {
		var columns = new HashMap<String, Object>();
		columns.put("neighbourhood", row.neighbourhoodId());
		columns.put("title", row.title());
		columns.put("location", row.location());
		columns.put("description", row.description());
		columns.put("startsAt", Timestamp.from(row.startsAt()));
		columns.put("endsAt", Timestamp.from(row.endsAt()));
		columns.put("minAge", row.minAge());
		columns.put("maxAge", row.maxAge());
		return columns;
	}

	private static CalendarEntry entry(ResultSet rs, int n) throws SQLException {
		return new CalendarEntry(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
				rs.getObject("network_organisation_id", UUID.class), rs.getString("partner_name"),
				rs.getObject("neighbourhood_id", UUID.class), rs.getString("title"), rs.getString("location"),
				rs.getString("description"), rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
				rs.getInt("min_age"), rs.getInt("max_age"), rs.getObject("series_id", UUID.class),
				rs.getString("import_key") != null);
	}
}
