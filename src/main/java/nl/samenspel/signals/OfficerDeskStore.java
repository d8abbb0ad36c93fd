package nl.samenspel.signals;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of the safeguarding officer's home ({@link OfficerDesk}): one bounded query per list, ids and dates only. */
@Repository
class OfficerDeskStore {

	private final JdbcClient jdbc;

	OfficerDeskStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record OpenCase(UUID id, UUID childId, int step, @Nullable LocalDate followUpOn, Instant openedAt) {
	}

	/** The organisation's open cases: those with the earliest next date first, then the newest. */
	List<OpenCase> openCases(UUID organisationId, int limit) {
		return jdbc.sql("""
				select id, child_id, step, follow_up_on, opened_at from concern_case
				where organisation_id = :organisation and status = 'OPEN'
				order by case when follow_up_on is null then 1 else 0 end, follow_up_on, opened_at desc, id
				fetch first :limit rows only""")
			.param("organisation", organisationId)
			.param("limit", limit)
			.query((rs, n) -> {
				var followUp = rs.getDate("follow_up_on");
				return new OpenCase(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class), rs.getInt("step"),
						followUp == null ? null : followUp.toLocalDate(), rs.getTimestamp("opened_at").toInstant());
			})
			.list();
	}

	record NewSignal(UUID id, UUID childId, Instant raisedAt, Category category, Worry worry) {
	}

	/** The organisation's signals since a moment that no case has taken up yet, newest first. */
	List<NewSignal> withoutCase(UUID organisationId, Instant since, int limit) {
		return jdbc.sql("""
				select id, child_id, raised_at, category, worry from signal
				where organisation_id = :organisation and case_id is null and raised_at >= :since
				order by raised_at desc, id
				fetch first :limit rows only""")
			.param("organisation", organisationId)
			.param("since", Timestamp.from(since))
			.param("limit", limit)
			.query((rs, n) -> new NewSignal(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class),
					rs.getTimestamp("raised_at").toInstant(), Category.valueOf(rs.getString("category")),
					Worry.valueOf(rs.getString("worry"))))
			.list();
	}
}
