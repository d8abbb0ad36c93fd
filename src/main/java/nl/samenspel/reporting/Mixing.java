package nl.samenspel.reporting;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.organisation.OrganisationManagement;
import nl.samenspel.reporting.MixingReport.Index;
import nl.samenspel.reporting.MixingReport.Line;
import nl.samenspel.reporting.MixingReport.OrganisationMixing;

/**
 * How mixed the registered children who meet are (task 8): per activity and per organisation, Simpson's diversity
 * index by home neighbourhood and by school over the children present at least once at a session that took place
 * in the period. Children whose neighbourhood or school is not known form no group: they are counted apart.
 *
 * <p>The index is computed here from counts per activity (or organisation) and group, fetched with one query over
 * the declared views of V12__reporting_mixing.sql; no child row and no school name is read into Java. A COORDINATOR
 * sees their own organisation as it is; a MUNICIPALITY user sees the sessions in their own municipality, per
 * organisation and activity, suppressed: an index over fewer than 5 children is not shown. Another municipality is
 * not found.
 */
@Service
@Transactional(readOnly = true)
public class Mixing {

	/** The longest period, as for the figures. */

	private static final String NEIGHBOURHOOD = "N";
	private static final String SCHOOL = "S";

	private final JdbcClient jdbc;
	private final OrganisationManagement organisations;
	private final ReportScope scopes;

	Mixing(JdbcClient jdbc, OrganisationManagement organisations, ReportScope scopes) {
		this.scopes = scopes;
		this.jdbc = jdbc;
		this.organisations = organisations;
	}

	/**
	 * The mixing index for a period. A COORDINATOR may narrow it to one of the organisation's municipalities; a
	 * MUNICIPALITY user always gets their own, and asking for another is not found.
	 */
	public MixingReport mixing(CurrentUser user, LocalDate from, LocalDate to, @Nullable String municipalityCode) {
		var who = scopes.of(user, from, to, municipalityCode);
		var scope = new StringBuilder("rs.held_at is not null and rs.status = 'PLANNED'"
				+ " and rs.session_date between :from and :to");
		var params = new HashMap<String, Object>();
		params.put("from", Date.valueOf(from));
		params.put("to", Date.valueOf(to));
		if (who.organisationId() != null) {
			scope.append(" and rs.organisation_id = :organisation");
			params.put("organisation", who.organisationId());
		}
		var code = who.municipalityCode();
		var suppressed = who.suppressed();
		if (code != null) {
			scope.append(" and rs.municipality_code = :municipality");
			params.put("municipality", code);
		}

		// per activity (and per organisation, activity null) and per group: how many distinct children; the group
		// itself is only grouped by, never selected
		var counts = new LinkedHashMap<Key, Counts[]>();
		jdbc.sql("""
				with present as (
				    select distinct rs.organisation_id, rs.activity_id, o.child_id, o.home_neighbourhood_code, o.school_key,
				      o.child_key
				    from report_presence_origin o
				    join report_session rs on rs.session_id = o.session_id
				    where %s
				), present_here as (
				    select distinct organisation_id, child_id, home_neighbourhood_code, school_key, child_key from present
				)
				select 'N', organisation_id, activity_id,
				       case when home_neighbourhood_code is null then 1 else 0 end, count(*), sum(child_key)
				from present group by organisation_id, activity_id, home_neighbourhood_code
				union all
				select 'S', organisation_id, activity_id,
				       case when school_key is null then 1 else 0 end, count(*), sum(child_key)
				from present group by organisation_id, activity_id, school_key
				union all
				select 'N', organisation_id, cast(null as uuid),
				       case when home_neighbourhood_code is null then 1 else 0 end, count(*), sum(child_key)
				from present_here group by organisation_id, home_neighbourhood_code
				union all
				select 'S', organisation_id, cast(null as uuid),
				       case when school_key is null then 1 else 0 end, count(*), sum(child_key)
				from present_here group by organisation_id, school_key""".formatted(scope))
			.params(params)
			.query(rs -> {
				var key = new Key(rs.getObject(2, UUID.class), rs.getObject(3, UUID.class));
				var pair = counts.computeIfAbsent(key, it -> new Counts[] { new Counts(), new Counts() });
				pair[NEIGHBOURHOOD.equals(rs.getString(1)) ? 0 : 1].add(rs.getInt(4) == 1, rs.getLong(5), rs.getLong(6));
			});

		var activityIds = counts.keySet().stream().map(Key::activity).filter(it -> it != null).toList();
		var titles = new HashMap<UUID, String>();
		if (!activityIds.isEmpty()) {
			jdbc.sql("select activity_id, title from report_activity where activity_id in (:ids)")
				.param("ids", activityIds)
				.query(rs -> {
					titles.put(rs.getObject(1, UUID.class), rs.getString(2));
				});
		}
		var organisationIds = new LinkedHashSet<UUID>();
		counts.keySet().forEach(it -> organisationIds.add(it.organisation()));
		var names = organisationIds.isEmpty() ? Map.<UUID, String>of() : organisations.organisationNames(organisationIds);

		var result = new ArrayList<OrganisationMixing>();
		for (var organisation : organisationIds) {
			var name = names.getOrDefault(organisation, "");
			var overall = line(organisation, name, counts.get(new Key(organisation, null)), suppressed);
			var activities = counts.entrySet().stream()
				.filter(it -> it.getKey().organisation().equals(organisation) && it.getKey().activity() != null)
				.map(it -> line(it.getKey().activity(), titles.getOrDefault(it.getKey().activity(), ""), it.getValue(),
						suppressed))
				.sorted(Comparator.comparing((Line it) -> it.name().toLowerCase(java.util.Locale.ROOT))
					.thenComparing(it -> it.id().toString()))
				.toList();
			result.add(new OrganisationMixing(organisation, name, overall, activities));
		}
		result.sort(Comparator.comparing((OrganisationMixing it) -> it.name().toLowerCase(java.util.Locale.ROOT))
			.thenComparing(it -> it.organisationId().toString()));
		return new MixingReport(from, to, code, suppressed, result);
	}

	private static Line line(UUID id, String name, Counts[] counts, boolean suppressed) {
		long children = counts[0].known + counts[0].unknown;
		long key = counts[0].knownKey + counts[0].unknownKey;
		return new Line(id, name, suppressed ? CellKey.publish(children, key) : Long.valueOf(children),
				index(counts[0], children, suppressed), index(counts[1], children, suppressed));
	}

	/**
	 * The index over the known groups. For a municipality it is hidden when fewer than 5 children (of the line, or with
	 * a known group) are counted, and the unknown count, a count of persons, is perturbed by its cell key like the
	 * line's number of children ({@link CellKey}), so neither can be subtracted from the other.
	 */
	static Index index(Counts counts, long children, boolean suppressed) {
		long known = counts.known;
		Double value = known == 0 ? null
				: Math.round((1 - (double) counts.sumOfSquares / ((double) known * known)) * 10_000) / 10_000.0;
		if (!suppressed) {
			return new Index(value, counts.groups, counts.unknown, false);
		}
		boolean hidden = CellKey.small(children) || CellKey.small(known);
		return new Index(hidden ? null : value, hidden ? null : counts.groups,
				CellKey.publish(counts.unknown, counts.unknownKey), hidden);
	}

	private record Key(UUID organisation, @Nullable UUID activity) {
	}

	/** The children of a line by one dimension: how many in a known group, the sum of the squared group sizes, and how many unknown. */
	static final class Counts {

		long known;
		long sumOfSquares;
		int groups;
		long unknown;
		/** The sums of the record keys of the children with a known group and of those without. */
		long knownKey;
		long unknownKey;

		Counts add(boolean unknownGroup, long children) {
			return add(unknownGroup, children, 0);
		}

		Counts add(boolean unknownGroup, long children, long keySum) {
			if (unknownGroup) {
				unknown += children;
				unknownKey += keySum;
			}
			else {
				known += children;
				knownKey += keySum;
				sumOfSquares += children * children;
				groups++;
			}
			return this;
		}
	}
}
