package nl.samenspel.children;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.NotFound;
import nl.samenspel.kernel.Role;
import nl.samenspel.organisation.Neighbourhood;
import nl.samenspel.organisation.OrganisationManagement;

/**
 * Migrating children and their guardians from a previous system: a CSV file (semicolons or commas, UTF-8, with or
 * without the BOM Excel writes) is first previewed (what will be created, possible duplicates, every bad line) and
 * written only when a COORDINATOR confirms, all or nothing. Columns are named in the header, in Dutch or English
 * (see docs/children-import.md); a guardian appearing on several lines (same name and phone or e-mail) becomes one
 * guardian of several children.
 */
@Service
public class ChildImport {

	/** One child the import would create. */
	public record Row(long line, ChildDetails child, @Nullable GuardianDetails guardian,
			@Nullable String possibleDuplicate) {
	}

	/** A line that cannot be imported, with its number (the header is line 1) and the reason's message key. */
	public record BadLine(long line, String reasonKey, String value) {
	}

	/** What the file holds; the import can be confirmed only when there are no bad lines. */
	public record Preview(UUID id, List<Row> rows, List<BadLine> badLines) {

		public boolean importable() {
			return badLines.isEmpty() && !rows.isEmpty();
		}

		public long duplicates() {
			return rows.stream().filter(row -> row.possibleDuplicate() != null).count();
		}
	}

	private final Children children;
	private final Guardians guardians;
	private final OrganisationManagement organisations;
	private final AuditLog audit;
	private final ChildStore store;
	private final Clock clock;

	ChildImport(Children children, Guardians guardians, OrganisationManagement organisations, AuditLog audit,
			ChildStore store, Clock clock) {
		this.children = children;
		this.guardians = guardians;
		this.organisations = organisations;
		this.audit = audit;
		this.store = store;
		this.clock = clock;
	}

	/** Reads and checks the file and keeps it for the confirmation; writes no child. */
	@Transactional
	public Preview preview(CurrentUser user, byte[] content) {
		requireCoordinator(user);
		var id = UUID.randomUUID();
		var preview = parse(user, id, content);
		store.keepImport(id, user.organisationId(), user.id(), content, Instant.now(clock));
		return preview;
	}

	/** The preview of a file uploaded earlier by the same user. */
	@Transactional(readOnly = true)
	public Preview preview(CurrentUser user, UUID id) {
		requireCoordinator(user);
		return parse(user, id, content(user, id));
	}

	/** Writes every child and guardian of a previewed file, or nothing when any line is bad. The count written. */
	@Transactional
	public int confirm(CurrentUser user, UUID id) {
		requireCoordinator(user);
		var preview = parse(user, id, content(user, id));
		if (!preview.importable()) {
			throw new nl.samenspel.kernel.FieldRejected("file", "import.error.notImportable");
		}
		var now = Instant.now(clock);
		var known = new HashMap<String, Guardian>();
		for (var row : preview.rows()) {
			var child = new Child(user.organisationId(), row.child(), ChildStatus.ACTIVE, user.id(), now);
			if (row.guardian() != null) {
				var key = guardianKey(row.guardian());
				var guardian = known.computeIfAbsent(key,
						k -> guardians.save(new Guardian(user.organisationId(), row.guardian(), now)));
				child.link(guardian.getId(), row.guardian().relation());
			}
			children.save(child);
		}
		store.forgetImport(id);
		audit.record(AuditAction.IMPORTED, "child", id, AuditResult.SUCCESS);
		return preview.rows().size();
	}

	private byte[] content(CurrentUser user, UUID id) {
		return store.importContent(id, user.organisationId(), user.id()).orElseThrow(NotFound::new);
	}

	Preview parse(CurrentUser user, UUID id, byte[] content) {
		var neighbourhoods = new HashMap<String, UUID>();
		for (Neighbourhood it : organisations.currentNeighbourhoods(user.organisationId())) {
			neighbourhoods.put(it.getCode(), it.getId());
		}
		return ImportFile.read(id, content, neighbourhoods, ChildDetailsRules.today(clock),
				child -> existingDuplicate(user, child));
	}

	private @Nullable String existingDuplicate(CurrentUser user, ChildDetails child) {
		var name = ChildNames.searchable(child.firstName() + " " + child.lastName());
		return store.bornOn(user.organisationId(), child.dateOfBirth(), ChildDetailsRules.today(clock)).stream()
			.filter(namesake -> ChildNames.similar(namesake.searchName(), name))
			.map(namesake -> namesake.summary().firstName() + " " + namesake.summary().lastName())
			.findFirst()
			.orElse(null);
	}

	private static String guardianKey(GuardianDetails guardian) {
		return ChildNames.searchable(guardian.name()) + "|" + (guardian.phone() == null ? "" : guardian.phone().replaceAll("\\D", ""))
				+ "|" + (guardian.email() == null ? "" : guardian.email().toLowerCase(Locale.ROOT));
	}

	private static void requireCoordinator(CurrentUser user) {
		if (!user.hasRole(Role.COORDINATOR)) {
			throw new AccessDeniedException("coordinators import");
		}
	}
}
