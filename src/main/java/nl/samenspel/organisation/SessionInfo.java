package nl.samenspel.organisation;

import java.time.Instant;

/**
 * One signed-in session as its owner or an ADMIN sees it: when it started, when it was last used, the device
 * (shortened User-Agent) and whether it is the one the viewer is using. The {@code handle} names it in forms without
 * giving away the session id, which is the session's bearer secret: an ADMIN who could read it could take it over.
 */
public record SessionInfo(String handle, Instant started, Instant lastActive, String device, boolean current) {
}
