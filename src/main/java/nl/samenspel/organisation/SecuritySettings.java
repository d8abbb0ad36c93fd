package nl.samenspel.organisation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The security limits, under {@code samenspel.security} in the configuration.
 *
 * @param sessionAbsoluteTimeout how long a session lasts at most, however active (8 hours)
 * @param activationLinkValidity how long an invitation's activation link works (72 hours)
 * @param resetLinkValidity how long a password-reset link works
 * @param loginFailuresAllowed failed logins for one account name from one address within the window before
 *        refusing that pair (5)
 * @param loginFailureWindow the window, which is also how long logins are then refused (15 minutes)
 * @param loginFailuresAllowedPerAccount failed logins for one account name from any address before refusing the
 *        name everywhere (30): much higher, so strangers cannot lock an account out with a few guesses
 * @param loginFailuresAllowedPerAddress failed logins from one address, whatever the name, before refusing the
 *        address (100): against trying one password on many names, high enough for everyone behind one router
 */
@ConfigurationProperties("samenspel.security")
record SecuritySettings(Duration sessionAbsoluteTimeout, Duration activationLinkValidity, Duration resetLinkValidity,
		int loginFailuresAllowed, Duration loginFailureWindow, int loginFailuresAllowedPerAccount,
		int loginFailuresAllowedPerAddress) {
}
