package nl.samenspel.organisation;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Role;

/**
 * Who may change what the whole platform shares, such as the CBS figures (issue 14): the ADMINs whose user names are
 * listed in {@code samenspel.platform.operators} (comma separated; none by default). It is a setting of the
 * installation, not a {@link Role}, because an organisation's ADMIN hands out roles: no organisation can make itself a
 * platform operator. With demo data the demo {@code admin} is one too, so the demo can import CBS files.
 */
@Component
public class PlatformOperators {

	/** A signed-in user who is not a platform operator asked for what only one may do. */
	public static class NotPlatformOperator extends AccessDeniedException {

		public NotPlatformOperator() {
			super("Only a platform operator may do this");
		}
	}

	private final Set<String> usernames;

	PlatformOperators(@Value("${samenspel.platform.operators:}") List<String> usernames, DemoMode demo) {
		var names = usernames.stream().map(String::strip).filter(it -> !it.isEmpty())
			.map(it -> it.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
		if (demo.enabled()) {
			names.add("admin");
		}
		this.usernames = Set.copyOf(names);
	}

	public boolean includes(CurrentUser user) {
		return user.hasRole(Role.ADMIN) && usernames.contains(user.getUsername().toLowerCase(Locale.ROOT));
	}

	/**
	 * Whether a signed-in user is a platform operator: for the role rule of a route
	 * ({@code @PreAuthorize("hasRole('ADMIN') and @platformOperators.operator(authentication)")}), which the security
	 * filter chain checks before the request is read.
	 */
	public boolean operator(org.springframework.security.core.Authentication authentication) {
		return authentication.getPrincipal() instanceof CurrentUser user && includes(user);
	}

	/** Refuses (403) anyone who is not a platform operator. */
	public void check(CurrentUser user) {
		if (!includes(user)) {
			throw new NotPlatformOperator();
		}
	}
}
