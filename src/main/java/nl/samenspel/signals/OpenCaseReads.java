package nl.samenspel.signals;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.children.ReadsWithheld;

/**
 * Tells the children module whose reads of a child to hold back from its parents: for every open Meldcode case of the
 * child, from its first signal (or its opening, if earlier), those who raised its signals, opened it or were added
 * to it. The children module adds every SAFEGUARDING_OFFICER. Once the case is closed, nothing is held back.
 */
@Component
class OpenCaseReads implements ReadsWithheld {

	private final JdbcClient jdbc;

	OpenCaseReads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Restriction> restrictions(UUID organisationId, UUID childId) {
		var cases = jdbc.sql("""
				select c.id, c.opened_by, coalesce(min(s.raised_at), c.opened_at) as since_signal, c.opened_at
				from concern_case c left join signal s on s.case_id = c.id
				where c.organisation_id = :organisation and c.child_id = :child and c.status = 'OPEN'
				group by c.id, c.opened_by, c.opened_at""")
			.param("organisation", organisationId)
			.param("child", childId)
			.query((rs, n) -> new Object[] { rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getTimestamp(3), rs.getTimestamp(4) })
			.list();
		var restrictions = new ArrayList<Restriction>();
		for (var row : cases) {
			var caseId = (UUID) row[0];
			var users = new HashSet<UUID>();
			users.add((UUID) row[1]);
			users.addAll(jdbc.sql("select raised_by from signal where case_id = :case").param("case", caseId)
				.query(UUID.class).list());
			users.addAll(jdbc.sql("select app_user_id from case_member where case_id = :case").param("case", caseId)
				.query(UUID.class).list());
			var fromSignal = ((Timestamp) row[2]).toInstant();
			var opened = ((Timestamp) row[3]).toInstant();
			restrictions.add(new Restriction(fromSignal.isBefore(opened) ? fromSignal : opened, Set.copyOf(users)));
		}
		return restrictions;
	}
}
