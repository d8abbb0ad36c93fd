package nl.samenspel.organisation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The security limits, under {@code samenspel.security} in the configuration.
 *
 * @param sessionAbsoluteTimeout how long a session lasts at most, however active (8 hours)
 * @param activationLinkValidity how long an invitation's activation link works (72 hours)
 * @param resetLinkValidity how long a password-reset link works
 * @param loginFailuresAllowed failed logins per account and per address within the window before refusing
 * @param loginFailureWindow the window, which is also how long logins are then refused (15 minutes)
 */
@ConfigurationProperties("samenspel.security")
record SecuritySettings(Duration sessionAbsoluteTimeout, Duration activationLinkValidity, Duration resetLinkValidity,
		int loginFailuresAllowed, Duration loginFailureWindow) {
}
