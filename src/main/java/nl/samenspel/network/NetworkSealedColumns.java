package nl.samenspel.network;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.samenspel.kernel.SealedColumn;

/** The columns this module seals: the nightly resealing after a key rotation covers them. */
@Configuration(proxyBeanMethods = false)
class NetworkSealedColumns {

	@Bean
	SealedColumn referralReason() {
		return new SealedColumn("referral", "id", "reason");
	}

	@Bean
	SealedColumn referralContact() {
		return new SealedColumn("referral", "id", "contact");
	}

	@Bean
	SealedColumn referralNoConsentReason() {
		return new SealedColumn("referral", "id", "no_consent_reason");
	}

	@Bean
	SealedColumn referralDeclineReason() {
		return new SealedColumn("referral", "id", "decline_reason");
	}
}
