package nl.samenspel.children;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.samenspel.kernel.SearchTerm;

/**
 * The children module's SQL beside its repositories: the registry's search, the cards other modules show, the
 * records born on one day (for duplicates), the guardians of brothers and sisters, retention's review list and the
 * files an import keeps until it is confirmed. Only the children module's own tables.
 */
@Repository
class ChildStore {

	private final JdbcClient jdbc;

	ChildStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A page of the organisation's children matching the query; names match without accents or case. */
	Page<ChildSummary> search(UUID organisationId, ChildQuery query, LocalDate today, Pageable pageable) {
		var where = new ArrayList<String>();
		var params = new HashMap<String, Object>();
		where.add("organisation_id = :organisation and status <> 'ERASED'");
		params.put("organisation", organisationId);
		var name = ChildNames.searchable(SearchTerm.of(query.name()));
		if (!name.isEmpty()) {
			where.add("search_name like :name");
			params.put("name", "%" + name.replace("%", "").replace("_", "") + "%");
		}
		if (query.minAge() != null) {
			where.add("date_of_birth <= :bornBefore");
			params.put("bornBefore", Date.valueOf(today.minusYears(Math.max(0, query.minAge()))));
		}
		if (query.maxAge() != null) {
			where.add("date_of_birth > :bornAfter");
			params.put("bornAfter", Date.valueOf(today.minusYears(Math.min(100, query.maxAge()) + 1L)));
		}
		if (query.neighbourhoodId() != null) {
			where.add("neighbourhood_id = :neighbourhood");
			params.put("neighbourhood", query.neighbourhoodId());
		}
		var school = SearchTerm.of(query.school());
		if (!school.isEmpty()) {
			where.add("lower(school) like :school");
			params.put("school", "%" + school.toLowerCase(Locale.ROOT) + "%");
		}
		if (query.pendingOnly()) {
			where.add("status = 'PENDING'");
		}
		if (query.underReview()) {
			where.add("review_since is not null");
		}
		var condition = String.join(" and ", where);
		long total = jdbc.sql("select count(*) from child where " + condition).params(params).query(Long.class).single();
		var rows = jdbc.sql("select id, first_name, last_name, date_of_birth, neighbourhood_id, school, status from child where "
				+ condition + " order by search_name, date_of_birth limit :limit offset :offset")
			.params(params)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query((rs, n) -> {
				var born = rs.getDate("date_of_birth").toLocalDate();
				return new ChildSummary(rs.getObject("id", UUID.class), rs.getString("first_name"),
						rs.getString("last_name"), born, java.time.Period.between(born, today).getYears(),
						rs.getObject("neighbourhood_id", UUID.class), rs.getString("school"),
						ChildStatus.valueOf(rs.getString("status")));
			})
			.list();
		return new PageImpl<>(rows, pageable, total);
	}

	/** What a card shows of a child, before it is cut down to what the reader may see. */
	record CardFacts(UUID id, String firstName, String lastName, LocalDate dateOfBirth, Gender gender,
			@Nullable UUID neighbourhoodId, ChildStatus status, boolean mayRegister, boolean safetyNotes,
			boolean emergencyContact) {
	}

	/** Those of the organisation's children among the ids (erased ones left out) with a standing consent for a purpose. */
	java.util.Set<UUID> allowing(UUID organisationId, Collection<UUID> ids, ConsentPurpose purpose) {
		var allowed = new java.util.HashSet<UUID>();
		var distinct = List.copyOf(new java.util.LinkedHashSet<>(ids));
		for (int from = 0; from < distinct.size(); from += 500) {
			allowed.addAll(jdbc.sql("""
					select distinct c.id from child c join consent k on k.child_id = c.id
					where c.organisation_id = :organisation and c.status <> 'ERASED' and c.id in (:ids)
					  and k.purpose = :purpose and k.withdrawn_at is null""")
				.param("organisation", organisationId)
				.param("ids", distinct.subList(from, Math.min(distinct.size(), from + 500)))
				.param("purpose", purpose.name())
				.query(UUID.class)
				.list());
		}
		return allowed;
	}

	/** The card facts of the organisation's children among the ids (erased ones left out), in no order. */
	List<CardFacts> cardFacts(UUID organisationId, Collection<UUID> ids) {
		var found = new ArrayList<CardFacts>();
		var distinct = List.copyOf(new java.util.LinkedHashSet<>(ids));
		for (int from = 0; from < distinct.size(); from += 500) {
			found.addAll(jdbc.sql("""
					select c.id, c.first_name, c.last_name, c.date_of_birth, c.gender, c.neighbourhood_id, c.status,
					  exists (select 1 from consent k where k.child_id = c.id and k.purpose = 'REGISTRATION'
					          and k.withdrawn_at is null) as may_register,
					  exists (select 1 from safety_info s where s.child_id = c.id and (s.allergies is not null
					          or s.medication is not null or s.diet is not null)) as safety_notes,
					  exists (select 1 from emergency_contact e where e.child_id = c.id) as emergency_contact
					from child c where c.organisation_id = :organisation and c.status <> 'ERASED' and c.id in (:ids)""")
				.param("organisation", organisationId)
				.param("ids", distinct.subList(from, Math.min(distinct.size(), from + 500)))
				.query((rs, n) -> new CardFacts(rs.getObject("id", UUID.class), rs.getString("first_name"),
						rs.getString("last_name"), rs.getDate("date_of_birth").toLocalDate(),
						Gender.valueOf(rs.getString("gender")), rs.getObject("neighbourhood_id", UUID.class),
						ChildStatus.valueOf(rs.getString("status")), rs.getBoolean("may_register"),
						rs.getBoolean("safety_notes"), rs.getBoolean("emergency_contact")))
				.list());
		}
		return found;
	}

	/**
	 * The first and last names of the organisation's children (erased ones left out) whose name, as searched, has one of
	 * the words as a whole word: one query for up to {@link ChildNames#MOST_WORDS} of a text's distinct words, at most 200
	 * names back.
	 */
	List<String[]> namesSharingWords(UUID organisationId, List<String> words) {
		var conditions = new ArrayList<String>();
		var params = new HashMap<String, Object>();
		for (int i = 0; i < words.size(); i++) {
			conditions.add("(' ' || replace(search_name, '-', ' ') || ' ') like :w" + i);
			params.put("w" + i, "% " + words.get(i).replace("%", "").replace("_", "") + " %");
		}
		return jdbc.sql("select first_name, last_name from child where organisation_id = :organisation and status <> 'ERASED' and ("
				+ String.join(" or ", conditions) + ") limit 200")
			.params(params)
			.param("organisation", organisationId)
			.query((rs, n) -> new String[] { rs.getString("first_name"), rs.getString("last_name") })
			.list();
	}

	/** A record born on a day, with its name as searched: a candidate for the same child. */
	record Namesake(ChildSummary summary, String searchName) {
	}

	/** The organisation's children (erased ones left out) born on the day. */
	List<Namesake> bornOn(UUID organisationId, LocalDate born, LocalDate today) {
		return jdbc.sql("select id, first_name, last_name, search_name, date_of_birth, neighbourhood_id, school, status "
				+ "from child where organisation_id = :organisation and date_of_birth = :born and status <> 'ERASED'")
			.param("organisation", organisationId)
			.param("born", Date.valueOf(born))
			.query((rs, n) -> new Namesake(new ChildSummary(rs.getObject("id", UUID.class), rs.getString("first_name"),
					rs.getString("last_name"), rs.getDate("date_of_birth").toLocalDate(),
					java.time.Period.between(rs.getDate("date_of_birth").toLocalDate(), today).getYears(),
					rs.getObject("neighbourhood_id", UUID.class), rs.getString("school"),
					ChildStatus.valueOf(rs.getString("status"))), rs.getString("search_name")))
			.list();
	}

	/** The guardians of the organisation's other children with this last name (brothers and sisters). */
	List<UUID> guardiansOfNamesakes(UUID organisationId, UUID childId, String lastName) {
		return jdbc.sql("select distinct g.guardian_id from child_guardian g join child c on c.id = g.child_id "
				+ "where c.organisation_id = :o and c.id <> :id and c.status <> 'ERASED' and lower(c.last_name) = lower(:last)")
			.param("o", organisationId)
			.param("id", childId)
			.param("last", lastName)
			.query(UUID.class)
			.list();
	}

	// retention

	/** Lists the records with no activity since {@code stale} for review; how many were newly listed. */
	int listForReview(Instant now, Instant stale) {
		return jdbc.sql("update child set review_since = :now where status <> 'ERASED' and review_since is null "
				+ "and last_activity_at < :stale")
			.param("now", Timestamp.from(now))
			.param("stale", Timestamp.from(stale))
			.update();
	}

	/** The records still without activity since {@code stale} that were listed for review before {@code reviewed}. */
	List<UUID> dueForErasure(Instant stale, Instant reviewed) {
		return jdbc.sql("select id from child where status <> 'ERASED' and last_activity_at < :stale "
				+ "and review_since < :reviewed")
			.param("stale", Timestamp.from(stale))
			.param("reviewed", Timestamp.from(reviewed))
			.query(UUID.class)
			.list();
	}

	// imports

	void keepImport(UUID id, UUID organisationId, UUID userId, byte[] content, Instant at) {
		jdbc.sql("insert into child_import (id, organisation_id, user_id, content, created_at) values (:id, :o, :u, :c, :at)")
			.param("id", id)
			.param("o", organisationId)
			.param("u", userId)
			.param("c", content)
			.param("at", Timestamp.from(at))
			.update();
	}

	/** The file a user uploaded for an import, only to that user. */
	Optional<byte[]> importContent(UUID id, UUID organisationId, UUID userId) {
		return jdbc.sql("select content from child_import where id = :id and organisation_id = :o and user_id = :u")
			.param("id", id)
			.param("o", organisationId)
			.param("u", userId)
			.query((rs, n) -> rs.getBytes(1))
			.optional();
	}

	void forgetImport(UUID id) {
		jdbc.sql("delete from child_import where id = :id").param("id", id).update();
	}
}
