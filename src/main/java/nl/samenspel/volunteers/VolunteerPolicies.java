package nl.samenspel.volunteers;

import java.time.Clock;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.Role;

/**
 * The organisation's volunteer policy ({@link VolunteerPolicy}): COORDINATORs and ADMINs set it; other slices read it
 * ({@link #policy}) for the renewal date of a VOG and the free-VOG note in recruitment.
 */
@Service
@Transactional
public class VolunteerPolicies {

	private final VolunteerPolicyStore store;
	private final AuditLog audit;
	private final Clock clock;

	VolunteerPolicies(VolunteerPolicyStore store, AuditLog audit, Clock clock) {
		this.store = store;
		this.audit = audit;
		this.clock = clock;
	}

	/** The organisation's policy, or the defaults (renewal every three years) when it set none. */
	@Transactional(readOnly = true)
	public VolunteerPolicy policy(UUID organisationId) {
		return store.find(organisationId).orElseGet(() -> VolunteerPolicy.defaults(organisationId));
	}

	public VolunteerPolicy update(CurrentUser user, VolunteerPolicyDetails details) {
		if (!user.hasAnyRole(Role.COORDINATOR, Role.ADMIN)) {
			throw new org.springframework.security.access.AccessDeniedException("coordinators and admins only");
		}
		var years = details.renewalYears() == null ? VolunteerPolicy.DEFAULT_RENEWAL_YEARS : details.renewalYears();
		if (years < VolunteerPolicy.MIN_RENEWAL_YEARS || years > VolunteerPolicy.MAX_RENEWAL_YEARS) {
			throw new FieldRejected("renewalYears", "volunteers.record.policy.error.years",
					VolunteerPolicy.MIN_RENEWAL_YEARS, VolunteerPolicy.MAX_RENEWAL_YEARS);
		}
		var policy = new VolunteerPolicy(user.organisationId(), years, blank(details.codeVersion()),
				Boolean.TRUE.equals(details.freeVog()), blank(details.confidentialContact()));
		store.save(policy, user.id(), clock.instant());
		audit.record(AuditAction.UPDATED, "volunteerPolicy", user.organisationId(), AuditResult.SUCCESS);
		return policy;
	}

	static @Nullable String blank(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
