package nl.samenspel.organisation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.samenspel.kernel.SealedColumn;

/** The columns this module seals: the nightly resealing after a key rotation covers them. */
@Configuration(proxyBeanMethods = false)
class OrganisationSealedColumns {

	/** The client secret of an organisation's own OpenID Connect provider. */
	@Bean
	SealedColumn identityProviderSecret() {
		return new SealedColumn("identity_provider", "id", "client_secret");
	}

	/** The users' TOTP secrets ({@link SecondFactors}). */
	@Bean
	SealedColumn secondFactorSecret() {
		return new SealedColumn("second_factor", "app_user_id", "secret");
	}
}
