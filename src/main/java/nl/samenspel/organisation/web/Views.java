package nl.samenspel.organisation.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.samenspel.organisation.ApiToken;
import nl.samenspel.organisation.InvitationDetails;
import nl.samenspel.organisation.Location;
import nl.samenspel.organisation.LocationDetails;
import nl.samenspel.organisation.Mailer;
import nl.samenspel.organisation.Municipality;
import nl.samenspel.organisation.MunicipalityDetails;
import nl.samenspel.organisation.Neighbourhood;
import nl.samenspel.organisation.NeighbourhoodDetails;
import nl.samenspel.organisation.NeighbourhoodImport;
import nl.samenspel.organisation.OrganisationDetails;
import nl.samenspel.organisation.TokenRequest;
import nl.samenspel.organisation.UserAccount;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Option;
import nl.samenspel.ui.Pager;

/** The records this module's templates read. */
public final class Views {

	static final int PAGE_SIZE = 25;

	private Views() {
	}

	/** Search terms are cleaned and cut off rather than refused. */
	static String limit(String query) {
		return nl.samenspel.kernel.SearchTerm.of(query);
	}

	public record LocationList(List<Location> items, String query, Pager pager, boolean canEdit) {
	}

	public record LocationForm(@Nullable UUID id, LocationDetails details, List<Option> types,
			List<Option> neighbourhoods, FieldMessages errors, boolean canEdit) {

		public String action() {
			return id == null ? "/locations" : "/locations/" + id;
		}
	}

	public record NeighbourhoodList(List<NeighbourhoodRow> items, String query, Pager pager, boolean canEdit) {
	}

	public record NeighbourhoodRow(Neighbourhood neighbourhood, String municipality) {
	}

	public record NeighbourhoodForm(@Nullable UUID id, NeighbourhoodDetails details, List<Option> municipalities,
			FieldMessages errors) {

		public String action() {
			return id == null ? "/neighbourhoods" : "/neighbourhoods/" + id;
		}
	}

	public record MunicipalityList(List<Municipality> items) {
	}

	public record MunicipalityForm(@Nullable UUID id, MunicipalityDetails details, FieldMessages errors) {

		public String action() {
			return id == null ? "/municipalities" : "/municipalities/" + id;
		}
	}

	/** The login page's message: after an error, a block, a logout or an ended session. */
	public record LoginView(@Nullable String messageKey, boolean problem) {
	}

	/** A page reached through a one-time link: the link's secret and whether it still works. */
	/** The login's second step; the demo's current code only in demo mode. */
	public record SecondStepView(FieldMessages errors, @Nullable String demoCode) {
	}

	/** A user's own second factor: enrolled or not, required by their role, and the enrolment if not enrolled. */
	public record SecondFactorView(boolean enrolled, boolean required,
			nl.samenspel.organisation.SecondFactors.@Nullable Enrolment enrolment, int recoveryCodesLeft,
			FieldMessages errors, String form) {

		/** The errors of one of the page's forms ({@code renew} or {@code remove}), none for the others. */
		public FieldMessages errorsOf(String name) {
			return name.equals(form) ? errors : FieldMessages.NONE;
		}
	}

	/** Recovery codes, shown this once, and where to go on. */
	public record RecoveryCodesView(List<String> codes, String next) {
	}

	public record LinkView(String token, boolean valid, @Nullable String displayName, FieldMessages errors) {
	}

	/** The account page: the user's tokens, the token form with its choice of scopes, and a new token's secret. */
	public record AccountView(List<ApiToken> tokens, TokenRequest tokenRequest, List<Option> scopes,
			FieldMessages passwordErrors, FieldMessages tokenErrors, @Nullable String newSecret) {
	}

	/** The user's own sessions and what was wrong with the last attempt to end some. */
	public record OwnSessions(List<nl.samenspel.organisation.SessionInfo> items, FieldMessages errors) {

		public boolean others() {
			return items.stream().anyMatch(it -> !it.current());
		}
	}

	/** The import page: the year to import as, and the outcome of the last upload. */
	/**
	 * The CBS page: the upload for a platform operator, and for every ADMIN the choice of the platform's CBS years to
	 * take the organisation's neighbourhoods from; {@code adopted} says the result is of taking them over.
	 */
	public record ImportView(int year, NeighbourhoodImport.Result result, String fileError, boolean operator,
			List<Integer> years, boolean adopted) {

		public boolean done() {
			return result != null;
		}
	}

	public record OutboxView(List<Mailer.OutboxMail> mails) {
	}

	/** What the settings page shows. */
	/** The organisation's own sign-in provider: {@code exists} once saved, the secret never in {@code details}. */
	/**
	 * @param settings what is stored (null before the first save): whether a change waits, against what was approved
	 * @param mayApprove whether the viewer did not make the last change (and so may approve it)
	 */
	public record IdentityProviderForm(nl.samenspel.organisation.IdentityProviderDetails details,
			nl.samenspel.organisation.@org.jspecify.annotations.Nullable IdentityProviderSettings settings,
			boolean exists, boolean enabled, boolean mayApprove, FieldMessages errors) {

		public boolean waiting() {
			return settings != null && settings.waiting();
		}
	}

	public record SettingsForm(OrganisationDetails details, List<Option> regions,
			FieldMessages errors) {
	}

	public record UserList(List<UserAccount> items, String query, Pager pager) {
	}

	public record InvitationForm(InvitationDetails details, List<Option> roles, List<Option> languages,
			FieldMessages errors) {
	}

	public record UserView(UserAccount user, List<Option> roles, FieldMessages errors, boolean self,
			List<PendingGrant> grants, List<nl.samenspel.organisation.SessionInfo> sessions) {
	}

	/** The access review page: every user as they are now, the past reviews, when the next is due, the note form. */
	public record ReviewView(List<nl.samenspel.organisation.AccessReview.Entry> users,
			List<nl.samenspel.organisation.AccessReview> history, java.time.@Nullable LocalDate nextDue, boolean overdue,
			String note, FieldMessages errors) {
	}

	/** A role grant waiting for a second ADMIN, as the user page shows it: may the viewer approve it? */
	public record PendingGrant(java.util.UUID id, String roles, java.time.Instant requestedAt, boolean approvable) {
	}
}
