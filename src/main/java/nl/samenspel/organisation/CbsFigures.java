package nl.samenspel.organisation;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The platform's one copy of the CBS figures ({@code cbs_neighbourhood}): one row per neighbourhood code and year,
 * shared by every organisation. Only {@link NeighbourhoodImport} (a platform operator) and the demo data write here.
 */
@Repository
class CbsFigures {

	/** One neighbourhood of the platform's copy, as an organisation takes it over. */
	record Figure(String code, String districtCode, String name, @Nullable Integer children0to14,
			@Nullable Integer landAreaHectares) {
	}

	private final JdbcClient jdbc;
	private final Clock clock;

	CbsFigures(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Writes one neighbourhood of the platform's copy; true when the code was known for the year (updated). */
	boolean store(NeighbourhoodDetails details, int year) {
		var params = new HashMap<String, Object>();
		params.put("code", details.code());
		params.put("year", year);
		params.put("district", details.districtCode());
		params.put("name", details.name());
		params.put("children", details.children0to14());
		params.put("estimate", Neighbourhood.estimate4to12(details.children0to14()));
		params.put("land", details.landAreaHectares());
		params.put("now", Timestamp.from(clock.instant()));
		var changed = jdbc.sql("""
				update cbs_neighbourhood set district_code = :district, name = :name, children_0_14 = :children,
				  children_4_12 = :estimate, land_area_hectares = :land, imported_at = :now
				where code = :code and cbs_year = :year""").params(params).update();
		if (changed > 0) {
			return true;
		}
		jdbc.sql("""
				insert into cbs_neighbourhood (code, cbs_year, district_code, name, children_0_14, children_4_12,
				  land_area_hectares, imported_at)
				values (:code, :year, :district, :name, :children, :estimate, :land, :now)""").params(params).update();
		return false;
	}

	/** The CBS years the platform has figures for, newest first. */
	List<Integer> years() {
		return jdbc.sql("select distinct cbs_year from cbs_neighbourhood order by cbs_year desc").query(Integer.class).list();
	}

	/** Every neighbourhood of a CBS year, by code. */
	List<Figure> ofYear(int year) {
		return jdbc.sql("""
				select code, district_code, name, children_0_14, land_area_hectares from cbs_neighbourhood
				where cbs_year = :year order by code""").param("year", year)
			.query((rs, row) -> new Figure(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getObject(4, Integer.class), rs.getObject(5, Integer.class)))
			.list();
	}
}
