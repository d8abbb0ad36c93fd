package nl.samenspel.organisation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.samenspel.kernel.SealedColumn;

/** The organisation module's sealed columns, so that a key rotation's resealing covers them. */
@Configuration(proxyBeanMethods = false)
class OrganisationSealedColumns {

	/** The users' TOTP secrets ({@link SecondFactors}). */
	@Bean
	SealedColumn secondFactorSecret() {
		return new SealedColumn("second_factor", "app_user_id", "secret");
	}
}
