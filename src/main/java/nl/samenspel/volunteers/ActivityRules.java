package nl.samenspel.volunteers;

import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.activities.Activity;
import nl.samenspel.activities.Programme;
import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Role;

/** Per activity of the organisation: whether it asks for four eyes and whether volunteers' sign-ups confirm themselves. */
@Service
@Transactional
public class ActivityRules {

	private final AssignmentStore store;
	private final Programme programme;
	private final AuditLog audit;

	ActivityRules(AssignmentStore store, Programme programme, AuditLog audit) {
		this.store = store;
		this.programme = programme;
		this.audit = audit;
	}

	/** The activity (of the organisation, else not found) with its rule. */
	public record Ruled(Activity activity, ActivityRule rule) {
	}

	@Transactional(readOnly = true)
	public Ruled rule(CurrentUser user, UUID activityId) {
		var activity = programme.activity(user.organisationId(), activityId);
		return new Ruled(activity, store.rule(user.organisationId(), activityId));
	}

	/** Sets the activity's rule (COORDINATOR). */
	public ActivityRule set(CurrentUser user, UUID activityId, boolean fourEyes, boolean autoConfirm) {
		if (!user.hasRole(Role.COORDINATOR)) {
			throw new org.springframework.security.access.AccessDeniedException("coordinator");
		}
		programme.activity(user.organisationId(), activityId);
		store.saveRule(user.organisationId(), new ActivityRule(activityId, fourEyes, autoConfirm));
		audit.record(AuditAction.UPDATED, "volunteer-activity-rule", activityId, AuditResult.SUCCESS);
		return store.rule(user.organisationId(), activityId);
	}
}
