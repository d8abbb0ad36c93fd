package nl.samenspel.children;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of the people allowed to collect a child and of the guardians' permission to go home alone. */
@Repository
class CollectorStore {

	private final JdbcClient jdbc;

	CollectorStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The collectors of a child of the organisation, by name (then id, so the order is stable). */
	List<CollectionSheet.Collector> collectors(UUID organisationId, UUID childId) {
		return jdbc.sql("""
				select id, name, relation, phone from child_collector
				where organisation_id = :organisation and child_id = :child order by name, id""")
			.param("organisation", organisationId)
			.param("child", childId)
			.query((rs, row) -> new CollectionSheet.Collector(rs.getObject(1, UUID.class), rs.getString(2),
					rs.getString(3), rs.getString(4)))
			.list();
	}

	int count(UUID organisationId, UUID childId) {
		return jdbc.sql("select count(*) from child_collector where organisation_id = :organisation and child_id = :child")
			.param("organisation", organisationId)
			.param("child", childId)
			.query(Integer.class)
			.single();
	}

	void insert(UUID id, UUID organisationId, UUID childId, String name, @Nullable String relation,
			@Nullable String phone, Instant at) {
		jdbc.sql("""
				insert into child_collector (id, organisation_id, child_id, name, relation, phone, created_at)
				values (:id, :organisation, :child, :name, :relation, :phone, :at)""")
			.param("id", id)
			.param("organisation", organisationId)
			.param("child", childId)
			.param("name", name)
			.param("relation", relation)
			.param("phone", phone)
			.param("at", Timestamp.from(at))
			.update();
	}

	boolean delete(UUID organisationId, UUID childId, UUID id) {
		return jdbc.sql("delete from child_collector where id = :id and organisation_id = :organisation and child_id = :child")
			.param("id", id)
			.param("organisation", organisationId)
			.param("child", childId)
			.update() > 0;
	}

	boolean goesHomeAlone(UUID organisationId, UUID childId) {
		return jdbc.sql("select count(*) from child_goes_home_alone where organisation_id = :organisation and child_id = :child")
			.param("organisation", organisationId)
			.param("child", childId)
			.query(Integer.class)
			.single() > 0;
	}

	void goesHomeAlone(UUID organisationId, UUID childId, boolean allowed, UUID by, Instant at) {
		jdbc.sql("delete from child_goes_home_alone where organisation_id = :organisation and child_id = :child")
			.param("organisation", organisationId)
			.param("child", childId)
			.update();
		if (allowed) {
			jdbc.sql("""
					insert into child_goes_home_alone (child_id, organisation_id, allowed_at, allowed_by)
					values (:child, :organisation, :at, :by)""")
				.param("organisation", organisationId)
				.param("child", childId)
				.param("at", Timestamp.from(at))
				.param("by", by)
				.update();
		}
	}

	/** An erased child's list goes with the rest of the record. */
	void forget(UUID organisationId, UUID childId) {
		jdbc.sql("delete from child_collector where organisation_id = :organisation and child_id = :child")
			.param("organisation", organisationId)
			.param("child", childId)
			.update();
		jdbc.sql("delete from child_goes_home_alone where organisation_id = :organisation and child_id = :child")
			.param("organisation", organisationId)
			.param("child", childId)
			.update();
	}

	/**
	 * A merge: the duplicate's collectors move to the survivor, and so does the permission to go home alone when the
	 * survivor has none.
	 */
	void absorb(UUID organisationId, UUID survivorId, UUID duplicateId) {
		jdbc.sql("update child_collector set child_id = :survivor where organisation_id = :organisation and child_id = :duplicate")
			.param("organisation", organisationId)
			.param("survivor", survivorId)
			.param("duplicate", duplicateId)
			.update();
		if (goesHomeAlone(organisationId, survivorId)) {
			jdbc.sql("delete from child_goes_home_alone where organisation_id = :organisation and child_id = :duplicate")
				.param("organisation", organisationId)
				.param("duplicate", duplicateId)
				.update();
		}
		else {
			jdbc.sql("update child_goes_home_alone set child_id = :survivor where organisation_id = :organisation and child_id = :duplicate")
				.param("organisation", organisationId)
				.param("survivor", survivorId)
				.param("duplicate", duplicateId)
				.update();
		}
	}
}
