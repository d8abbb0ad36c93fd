package nl.samenspel.signals.web;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.samenspel.audit.AuditEntry;
import nl.samenspel.network.NetworkOrganisation;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Role;
import nl.samenspel.signals.CaseListing;
import nl.samenspel.signals.CaseSummary;
import nl.samenspel.signals.ConcernCase;
import nl.samenspel.signals.Signal;
import nl.samenspel.signals.SignalRequest;
import nl.samenspel.signals.SignalSummary;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Option;

/** What the signals templates show. Public because jte's generated classes live in another package. */
public final class Views {

	private Views() {
	}

	public record SignalForm(SignalRequest request, String childName, List<Option> categories, List<Option> worries,
			FieldMessages errors, @Nullable UUID sessionId) {
	}

	/**
	 * The signals page: the role whose words it uses ({@code signals.intro.<role>}), the signals and cases the user
	 * may open (named) and, for a coordinator, the organisation's cases without names ({@code overview}).
	 */
	public record SignalList(Role role, List<SignalSummary> signals, List<CaseListing.Row> cases,
			List<CaseSummary> overviewCases, boolean overview) {

		/** The role the page speaks to: the one that sees most. */
		static Role roleOf(CurrentUser user) {
			if (user.hasRole(Role.SAFEGUARDING_OFFICER)) {
				return Role.SAFEGUARDING_OFFICER;
			}
			return user.hasRole(Role.COORDINATOR) ? Role.COORDINATOR : Role.WORKER;
		}

		public boolean officer() {
			return role == Role.SAFEGUARDING_OFFICER;
		}

		public long dueCount() {
			return cases.stream().filter(CaseListing.Row::due).count();
		}
	}

	public record SignalPage(Signal signal, List<NetworkOrganisation> povertyRoutes, List<AuditEntry> history,
			boolean canOpenCase) {
	}

	/** The case page: the case, the form that failed (by name) with its messages, who can be added, the history. */
	public record CasePage(ConcernCase concernCase, String failedForm, FieldMessages errors, List<Option> possibleMembers,
			List<AuditEntry> history, boolean officer, String today) {

		public FieldMessages errorsOf(String form) {
			return form.equals(failedForm) ? errors : FieldMessages.NONE;
		}
	}
}
