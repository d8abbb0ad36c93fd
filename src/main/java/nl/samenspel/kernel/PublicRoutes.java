package nl.samenspel.kernel;

import java.util.Set;

/**
 * The routes of a module that anyone may use without signing in, such as a public programme. Each module that has
 * them declares them in a bean of its own; the security filter chain opens them and nothing more. Which role may use
 * any other route the module declares on its controllers ({@code @PreAuthorize}), so a public route is the one rule
 * the filter chain needs from a module.
 * <p>
 * Only opening is possible, never closing, so the order in which modules are asked does not matter; the platform's
 * own rules (the actuator endpoints) come first and cannot be opened this way. A pattern must start with a fixed
 * segment ({@code /programma/**}, never {@code /**} or {@code /*}/...): a module opens its own paths, not everybody's.
 */
public interface PublicRoutes {

	/** Path patterns in Spring's syntax ({@code /programma}, {@code /programma/**}). */
	Set<String> patterns();
}
