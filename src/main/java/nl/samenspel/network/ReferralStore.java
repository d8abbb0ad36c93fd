package nl.samenspel.network;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The referrals as stored, with their status history: reason, contact and the reason for no consent sealed. */
@Repository
class ReferralStore {

	/** A referral as stored; {@code reason}, {@code contact} and {@code noConsent} are still sealed. */
	record Row(UUID id, UUID organisationId, UUID childId, UUID serviceId, String reason, @Nullable String contact,
			@Nullable UUID guardian, @Nullable String noConsent, boolean warm, @Nullable UUID intermediary,
			ReferralStatus status, @Nullable LocalDate followUpOn, UUID referredBy, Instant createdAt, Instant updatedAt,
			@Nullable String declineReason) {
	}

	/** A referral sent to a partner's service, still sealed, with when it was first sent. */
	record Sent(Row row, @Nullable Instant firstSent) {
	}

	private final JdbcClient jdbc;

	ReferralStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Row row) {
		jdbc.sql("""
				insert into referral (id, version, organisation_id, child_id, network_organisation_id, reason, contact,
				  consent_guardian_id, no_consent_reason, warm_handover, intermediary_id, status, follow_up_on, referred_by,
				  created_at, updated_at)
				values (:id, 0, :organisation, :child, :service, :reason, :contact, :guardian, :noConsent, :warm, :intermediary,
				  :status, :followUp, :by, :created, :updated)""")
			.param("id", row.id())
			.param("organisation", row.organisationId())
			.param("child", row.childId())
			.param("service", row.serviceId())
			.param("reason", row.reason())
			.param("contact", row.contact())
			.param("guardian", row.guardian())
			.param("noConsent", row.noConsent())
			.param("warm", row.warm())
			.param("intermediary", row.intermediary())
			.param("status", row.status().name())
			.param("followUp", row.followUpOn() == null ? null : java.sql.Date.valueOf(row.followUpOn()))
			.param("by", row.referredBy())
			.param("created", Timestamp.from(row.createdAt()))
			.param("updated", Timestamp.from(row.updatedAt()))
			.update();
	}

	Optional<Row> find(UUID id) {
		return jdbc.sql("select * from referral where id = :id").param("id", id).query((rs, n) -> row(rs)).optional();
	}

	private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
		var followUp = rs.getDate("follow_up_on");
		return new Row(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
				rs.getObject("child_id", UUID.class), rs.getObject("network_organisation_id", UUID.class),
				rs.getString("reason"), rs.getString("contact"), rs.getObject("consent_guardian_id", UUID.class),
				rs.getString("no_consent_reason"), rs.getBoolean("warm_handover"), rs.getObject("intermediary_id", UUID.class),
				ReferralStatus.valueOf(rs.getString("status")), followUp == null ? null : followUp.toLocalDate(),
				rs.getObject("referred_by", UUID.class), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant(), rs.getString("decline_reason"));
	}

	/** The organisation's referrals (of one child, or all), newest first, with the service's name and no child's name. */
	List<Referrals.Summary> summaries(UUID organisationId, @Nullable UUID childId) {
		return jdbc.sql("""
				select r.id, r.child_id, n.name, r.status, r.follow_up_on, r.created_at from referral r
				join network_organisation n on n.id = r.network_organisation_id
				where r.organisation_id = :organisation""" + (childId == null ? "" : " and r.child_id = :child")
				+ " order by r.created_at desc limit 500")
			.param("organisation", organisationId)
			.param("child", childId == null ? UUID.randomUUID() : childId)
			.query((rs, n) -> {
				var followUp = rs.getDate("follow_up_on");
				return new Referrals.Summary(rs.getObject("id", UUID.class), rs.getObject("child_id", UUID.class), "",
						rs.getString("name"), ReferralStatus.valueOf(rs.getString("status")),
						followUp == null ? null : followUp.toLocalDate(), rs.getTimestamp("created_at").toInstant());
			})
			.list();
	}

	/** The referrals of the organisation sent to a service (not those only proposed), newest first, in one query. */
	List<Sent> sentTo(UUID organisationId, UUID serviceId) {
		return jdbc.sql("""
				select r.*, (select min(c.changed_at) from referral_status_change c
				  where c.referral_id = r.id and c.status = 'SENT') as first_sent
				from referral r where r.organisation_id = :organisation and r.network_organisation_id = :service
				and r.status <> 'PROPOSED' order by r.created_at desc limit 200""")
			.param("organisation", organisationId)
			.param("service", serviceId)
			.query((rs, n) -> {
				var sent = rs.getTimestamp("first_sent");
				return new Sent(row(rs), sent == null ? null : sent.toInstant());
			})
			.list();
	}

	// statuses

	void moveTo(UUID id, ReferralStatus status, Instant at) {
		jdbc.sql("update referral set status = :status, updated_at = :now, version = version + 1 where id = :id")
			.param("status", status.name()).param("now", Timestamp.from(at)).param("id", id).update();
	}

	/** Declined, with the partner's reason (sealed). */
	void declined(UUID id, String sealedReason, Instant at) {
		jdbc.sql("update referral set status = 'DECLINED', decline_reason = :reason, updated_at = :now, version = version + 1 where id = :id")
			.param("reason", sealedReason).param("now", Timestamp.from(at)).param("id", id).update();
	}

	void addHistory(UUID id, ReferralStatus status, UUID changedBy, Instant at) {
		jdbc.sql("insert into referral_status_change (referral_id, status, changed_by, changed_at) values (:id, :status, :by, :now)")
			.param("id", id).param("status", status.name()).param("by", changedBy).param("now", Timestamp.from(at))
			.update();
	}

	List<Referral.StatusChange> history(UUID id) {
		return jdbc.sql("select status, changed_at from referral_status_change where referral_id = :id order by changed_at")
			.param("id", id)
			.query((rs, n) -> new Referral.StatusChange(ReferralStatus.valueOf(rs.getString(1)), rs.getTimestamp(2).toInstant()))
			.list();
	}

	/** When the referral was first sent, if it was. */
	Optional<Instant> firstSent(UUID id) {
		return jdbc.sql("select min(changed_at) from referral_status_change where referral_id = :id and status = 'SENT'")
			.param("id", id).query(Timestamp.class).optional().map(Timestamp::toInstant);
	}
}
