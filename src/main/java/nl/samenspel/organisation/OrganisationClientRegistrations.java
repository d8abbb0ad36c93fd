package nl.samenspel.organisation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.stereotype.Component;

/**
 * The OpenID Connect client registrations, one per organisation that switched its provider on, read from the
 * database at every use: a provider switched off stops working at once. The provider's endpoints come from its
 * discovery document ({@code /.well-known/openid-configuration}), kept for fifteen minutes per issuer; a provider that
 * cannot be reached is no registration (and is asked again after a minute).
 */
@Component
class OrganisationClientRegistrations implements ClientRegistrationRepository {

	private static final Logger log = LoggerFactory.getLogger(OrganisationClientRegistrations.class);
	private static final Duration KEEP = Duration.ofMinutes(15);
	private static final Duration RETRY = Duration.ofMinutes(1);

	private final IdentityProviders providers;
	private final Clock clock;
	private final Map<String, Discovered> discovered = new ConcurrentHashMap<>();

	private record Discovered(@Nullable ClientRegistration template, Instant until) {
	}

	OrganisationClientRegistrations(IdentityProviders providers, Clock clock) {
		this.providers = providers;
		this.clock = clock;
	}

	@Override
	public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
		var provider = providers.enabled(registrationId).orElse(null);
		if (provider == null) {
			return null;
		}
		var template = discover(provider.issuerUri());
		if (template == null) {
			return null;
		}
		return ClientRegistration.withClientRegistration(template)
			.registrationId(registrationId)
			.clientId(provider.clientId())
			.clientSecret(providers.secret(provider))
			.clientName(provider.shortName())
			.build();
	}

	private @Nullable ClientRegistration discover(String issuer) {
		var now = Instant.now(clock);
		var known = discovered.get(issuer);
		if (known != null && known.until().isAfter(now)) {
			return known.template();
		}
		ClientRegistration template;
		try {
			template = ClientRegistrations.fromIssuerLocation(issuer)
				.registrationId("discovery")
				.clientId("discovery")
				.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
				.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
				.scope(OidcScopes.OPENID, OidcScopes.PROFILE, OidcScopes.EMAIL)
				.userNameAttributeName(IdTokenClaimNames.SUB)
				.build();
		}
		catch (RuntimeException e) {
			log.warn("OpenID Connect provider {} could not be discovered: {}", issuer, e.getMessage());
			template = null;
		}
		discovered.put(issuer, new Discovered(template, now.plus(template == null ? RETRY : KEEP)));
		return template;
	}
}
