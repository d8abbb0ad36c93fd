package nl.samenspel.signals;

import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.NotFound;
import nl.samenspel.kernel.Role;

/**
 * Need to know for a Meldcode case: staff of its organisation read and work on it when they are a
 * SAFEGUARDING_OFFICER, were added to it, or raised one of its signals; only a SAFEGUARDING_OFFICER adds and removes
 * colleagues. Another organisation's case is not found; a refusal is audited as DENIED and answers 403.
 */
@Component
class CaseAccess {

	private final CaseStore cases;
	private final SignalStore signals;
	private final AuditLog audit;

	CaseAccess(CaseStore cases, SignalStore signals, AuditLog audit) {
		this.cases = cases;
		this.signals = signals;
		this.audit = audit;
	}

	private boolean mayRead(CurrentUser user, CaseState state) {
		if (!state.organisationId().equals(user.organisationId()) || !user.hasAnyRole(Role.staff())) {
			return false;
		}
		if (user.hasRole(Role.SAFEGUARDING_OFFICER) || cases.isMember(state.id(), user.id())) {
			return true;
		}
		return signals.raisedOneOf(user.id(), state.id());
	}

	/** The case for someone who may read it, else not found (another organisation) or refused and audited. */
	CaseState readable(CurrentUser user, UUID id, AuditAction action) {
		var state = cases.find(id).filter(it -> it.organisationId().equals(user.organisationId()))
			.orElseThrow(NotFound::new);
		if (!mayRead(user, state)) {
			audit.record(action, "case", id, AuditResult.DENIED);
			throw new AccessDeniedException("need to know");
		}
		return state;
	}

	/** The case for someone who may work on it, while it is open. */
	CaseState changeable(CurrentUser user, UUID id) {
		var state = readable(user, id, AuditAction.UPDATED);
		state.checkOpen();
		return state;
	}

	void requireOfficer(CurrentUser user, UUID caseId) {
		readable(user, caseId, AuditAction.UPDATED);
		if (!user.hasRole(Role.SAFEGUARDING_OFFICER)) {
			throw new AccessDeniedException("safeguarding officers add and remove colleagues");
		}
	}
}
