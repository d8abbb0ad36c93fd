package nl.samenspel.network;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of the referrals on a home ({@link ReferralInbox}): one bounded query per list, no reason, no contact. */
@Repository
class ReferralInboxStore {

	private final JdbcClient jdbc;

	ReferralInboxStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Row(UUID id, UUID childId, String service, ReferralStatus status, @Nullable LocalDate followUpOn,
			Instant updatedAt) {
	}

	/**
	 * A staff member's referrals that ask something of them: made by them or addressed to them as the intermediary,
	 * still to send, answered since a moment, or with a follow-up date due. Newest change first.
	 */
	List<Row> awaiting(UUID organisationId, UUID userId, Instant answeredSince, LocalDate today, int limit) {
		return jdbc.sql("""
				select r.id, r.child_id, n.name, r.status, r.follow_up_on, r.updated_at from referral r
				join network_organisation n on n.id = r.network_organisation_id
				where r.organisation_id = :organisation and (r.referred_by = :user or r.intermediary_id = :user)
				  and (r.status = 'PROPOSED'
				    or (r.status in ('ACCEPTED', 'DECLINED') and r.updated_at >= :since)
				    or (r.status in ('SENT', 'ACCEPTED', 'IN_PROGRESS') and r.follow_up_on <= :today))
				order by r.updated_at desc, r.id
				fetch first :limit rows only""")
			.param("organisation", organisationId)
			.param("user", userId)
			.param("since", Timestamp.from(answeredSince))
			.param("today", Date.valueOf(today))
			.param("limit", limit)
			.query((rs, n) -> {
				var followUp = rs.getDate("follow_up_on");
				return new Row(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class), rs.getString("name"),
						ReferralStatus.valueOf(rs.getString("status")), followUp == null ? null : followUp.toLocalDate(),
						rs.getTimestamp("updated_at").toInstant());
			})
			.list();
	}

	record Waiting(UUID id, UUID childId, Instant sentAt) {
	}

	/** The referrals sent to a service of the organisation's social map that wait for its answer, oldest first. */
	List<Waiting> waitingFor(UUID organisationId, UUID serviceId, int limit) {
		return jdbc.sql("""
				select id, child_id, updated_at from referral
				where organisation_id = :organisation and network_organisation_id = :service and status = 'SENT'
				order by updated_at, id
				fetch first :limit rows only""")
			.param("organisation", organisationId)
			.param("service", serviceId)
			.param("limit", limit)
			.query((rs, n) -> new Waiting(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class),
					rs.getTimestamp("updated_at").toInstant()))
			.list();
	}
}
