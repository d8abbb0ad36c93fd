package nl.samenspel.reporting;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.NotFound;
import nl.samenspel.kernel.Role;
import nl.samenspel.organisation.PlatformUsers;

/**
 * Which municipality a MUNICIPALITY user reads the figures of. Only the platform's operator links a user to a
 * municipality: an organisation's ADMIN may invite a user with the MUNICIPALITY role, but that user sees nothing until
 * an operator links them, so no organisation can hand out another organisation's figures. The municipality must be
 * one an organisation works in. Every link and unlink is audited.
 */
@Service
@Transactional
public class MunicipalityAccounts {

	/** A MUNICIPALITY user and the municipality whose figures they read. */
	public record Link(String username, String municipalityCode) {
	}

	private final MunicipalityAccountStore store;
	private final PlatformUsers users;
	private final AuditLog audit;

	MunicipalityAccounts(MunicipalityAccountStore store, PlatformUsers users, AuditLog audit) {
		this.store = store;
		this.users = users;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<Link> links(CurrentUser operator) {
		var links = store.all();
		var names = users.usernames(operator, links.keySet());
		return links.entrySet().stream()
			.filter(it -> names.containsKey(it.getKey()))
			.map(it -> new Link(names.get(it.getKey()), it.getValue()))
			.sorted(Comparator.comparing(Link::username))
			.toList();
	}

	public Link link(CurrentUser operator, String username, String municipalityCode) {
		var user = users.byUsername(operator, username).orElseThrow(NotFound::new);
		if (!user.active() || !user.roles().contains(Role.MUNICIPALITY)) {
			throw new FieldRejected("username", "municipalityAccounts.error.notMunicipalityUser");
		}
		if (!users.municipalityServed(operator, municipalityCode)) {
			throw new FieldRejected("municipalityCode", "municipalityAccounts.error.unknownMunicipality");
		}
		store.put(user.id(), municipalityCode);
		audit.record(AuditAction.UPDATED, "municipalityAccount", user.id(), AuditResult.SUCCESS);
		return new Link(user.username(), municipalityCode);
	}

	public void unlink(CurrentUser operator, String username) {
		var user = users.byUsername(operator, username).orElseThrow(NotFound::new);
		if (store.remove(user.id())) {
			audit.record(AuditAction.DEACTIVATED, "municipalityAccount", user.id(), AuditResult.SUCCESS);
		}
	}
}
