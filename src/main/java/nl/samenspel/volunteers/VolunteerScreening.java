package nl.samenspel.volunteers;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;

import java.util.UUID;

/**
 * What a COORDINATOR records of a volunteer's screening: the VOG they saw (never a scan) and the code of conduct the
 * volunteer signed. The VOG is checked by the signed-in user, today; its renewal is due the policy's years after the
 * issue date, or sooner when the coordinator says so, never later and never on or before the issue date.
 */
@Service
@Transactional
public class VolunteerScreening {

	/** The longest screening profile typed in as OTHER (the column holds 80). */
	public static final int PROFILE_MAX = 80;

	private final Volunteers volunteers;
	private final VolunteerRecordStore records;
	private final VolunteerPolicies policies;
	private final AuditLog audit;

	VolunteerScreening(Volunteers volunteers, VolunteerRecordStore records, VolunteerPolicies policies, AuditLog audit) {
		this.volunteers = volunteers;
		this.records = records;
		this.policies = policies;
		this.audit = audit;
	}

	public Volunteer recordVog(CurrentUser user, UUID id, VogDetails vog) {
		Volunteers.requireCoordinator(user);
		volunteers.find(user, id);
		var today = volunteers.today();
		var issuedOn = vog.issuedOn();
		if (issuedOn == null) {
			throw new FieldRejected("issuedOn", "volunteers.record.error.vogIssuedEmpty");
		}
		if (issuedOn.isAfter(today)) {
			throw new FieldRejected("issuedOn", "volunteers.record.error.vogInFuture");
		}
		var policy = policies.policy(user.organisationId());
		var latest = policy.renewalDue(issuedOn);
		var renewalDue = vog.renewalDue() == null ? latest : vog.renewalDue();
		if (!renewalDue.isAfter(issuedOn)) {
			throw new FieldRejected("renewalDue", "volunteers.record.error.renewalBeforeIssue");
		}
		if (renewalDue.isAfter(latest)) {
			throw new FieldRejected("renewalDue", "volunteers.record.error.renewalBeyondPolicy", policy.renewalYears());
		}
		records.recordVog(user.organisationId(), id, issuedOn, profile(vog), user.id(), today, renewalDue);
		audit.record(AuditAction.UPDATED, "volunteer", id, AuditResult.SUCCESS);
		return volunteers.find(user, id);
	}

	public Volunteer recordCodeOfConduct(CurrentUser user, UUID id, CodeOfConductDetails code) {
		Volunteers.requireCoordinator(user);
		volunteers.find(user, id);
		if (code.signedOn() == null) {
			throw new FieldRejected("signedOn", "volunteers.record.error.codeSignedEmpty");
		}
		if (code.signedOn().isAfter(volunteers.today())) {
			throw new FieldRejected("signedOn", "volunteers.record.error.codeInFuture");
		}
		var version = VolunteerPolicies.blank(code.version());
		if (version == null) {
			throw new FieldRejected("version", "volunteers.record.error.codeVersionEmpty");
		}
		records.recordCodeOfConduct(user.organisationId(), id, code.signedOn(), version);
		audit.record(AuditAction.UPDATED, "volunteer", id, AuditResult.SUCCESS);
		return volunteers.find(user, id);
	}

	private static String profile(VogDetails vog) {
		var profile = vog.profile() == null ? ScreeningProfile.ASPECT_84 : vog.profile();
		if (profile != ScreeningProfile.OTHER) {
			return profile.code();
		}
		var typed = VolunteerPolicies.blank(vog.otherProfile());
		if (typed == null) {
			throw new FieldRejected("otherProfile", "volunteers.record.error.otherProfileEmpty");
		}
		if (typed.length() > PROFILE_MAX) {
			throw new FieldRejected("otherProfile", "volunteers.record.error.tooLong", PROFILE_MAX);
		}
		return typed;
	}
}
