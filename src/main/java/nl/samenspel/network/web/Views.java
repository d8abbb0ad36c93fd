package nl.samenspel.network.web;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.samenspel.network.NetworkOrganisation;
import nl.samenspel.network.NetworkOrganisationDetails;
import nl.samenspel.network.PartnerReferral;
import nl.samenspel.network.Referral;
import nl.samenspel.network.ReferralRequest;
import nl.samenspel.network.Referrals;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Option;

/** What the network templates show. Public because jte's generated classes live in another package. */
public final class Views {

	private Views() {
	}

	public record ServiceList(List<NetworkOrganisation> services, boolean canEdit) {
	}

	public record ServiceForm(@Nullable UUID id, NetworkOrganisationDetails details, List<Option> kinds,
			List<Option> routes, List<Option> neighbourhoods, FieldMessages errors, boolean canEdit,
			List<Option> partners, List<Option> linkablePartners) {

		public String action() {
			return id == null ? "/network" : "/network/" + id;
		}
	}

	public record ReferralList(List<Referrals.Summary> referrals, List<Referrals.Summary> due) {
	}

	public record ReferralForm(ReferralRequest request, String childName, List<Option> services, List<Option> guardians,
			FieldMessages errors, @Nullable NetworkOrganisation chosen) {
	}

	public record ReferralPage(Referral referral) {
	}

	public record LetterPage(Referrals.Letter letter) {
	}

	public record PartnerList(List<PartnerReferral> referrals, boolean linked) {
	}

	/**
	 * A referral for the PARTNER, with the decline form: the reason typed so far and its message when it came back
	 * refused (the form then renders open).
	 */
	public record PartnerPage(PartnerReferral referral, @Nullable String declineReason, FieldMessages declineErrors) {

		public PartnerPage(PartnerReferral referral) {
			this(referral, null, FieldMessages.NONE);
		}

		public boolean declining() {
			return declineErrors.any();
		}

		public int declineReasonMax() {
			return nl.samenspel.network.ReferralProgress.DECLINE_REASON_MAX;
		}
	}
}
