package nl.samenspel.organisation;

import java.io.InputStream;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.kernel.CurrentUser;

/**
 * The CBS figures: the platform's one copy of "Kerncijfers wijken en buurten" per neighbourhood code and year
 * (issue 14). A platform operator ({@link PlatformOperators}) imports a file as StatLine exports it ({@link CbsFile}),
 * with the year the operator names; a code already known for that year is updated, other years stay. All or nothing:
 * one bad line and nothing is imported, and every bad line is reported with its number and reason. No organisation
 * can import: its rows would change every organisation's figures. Each organisation then takes its neighbourhoods
 * over from this copy ({@link NeighbourhoodAdoption}).
 */
@Service
public class NeighbourhoodImport {

	/** A line that cannot be imported: its number in the file (the header is line 1) and the reason's message key. */
	public record BadLine(long line, String reasonKey, String value) {
	}

	/** What an import did, or would have done: bad lines mean nothing was written. */
	public record Result(int created, int updated, int skipped, List<BadLine> badLines) {

		public boolean succeeded() {
			return badLines.isEmpty();
		}
	}

	private final CbsFigures figures;
	private final PlatformOperators operators;
	private final AuditLog audit;

	NeighbourhoodImport(CbsFigures figures, PlatformOperators operators, AuditLog audit) {
		this.figures = figures;
		this.operators = operators;
		this.audit = audit;
	}

	/** Whether the user may import CBS figures: a platform operator. */
	public boolean mayImport(CurrentUser user) {
		return operators.includes(user);
	}

	/**
	 * Imports a CBS file into the platform's copy; refuses ({@link PlatformOperators.NotPlatformOperator}, 403) anyone
	 * but a platform operator, before reading a byte.
	 */
	@Transactional
	public Result importFile(CurrentUser operator, InputStream file, int year) {
		operators.check(operator);
		var parsed = CbsFile.parse(file, year);
		if (!parsed.badLines().isEmpty()) {
			return new Result(0, 0, parsed.skipped(), parsed.badLines());
		}
		int created = 0;
		int updated = 0;
		for (var details : parsed.rows()) {
			if (figures.store(details, year)) {
				updated++;
			}
			else {
				created++;
			}
		}
		audit.record(AuditAction.IMPORTED, "cbs_neighbourhood", "cbs-" + year, AuditResult.SUCCESS);
		return new Result(created, updated, parsed.skipped(), List.of());
	}

	/** The CBS years the platform has figures for, newest first. */
	public List<Integer> years() {
		return figures.years();
	}
}
