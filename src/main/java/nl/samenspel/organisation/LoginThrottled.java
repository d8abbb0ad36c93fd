package nl.samenspel.organisation;

import org.springframework.security.authentication.BadCredentialsException;

/** Too many failures: the same answer whether or not the account exists. */
class LoginThrottled extends BadCredentialsException {

	LoginThrottled() {
		super("throttled");
	}
}
