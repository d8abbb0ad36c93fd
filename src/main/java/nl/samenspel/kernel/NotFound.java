package nl.samenspel.kernel;

/**
 * Nothing of that kind with that id exists for the signed-in user's organisation. Answered with 404, also when the
 * row exists for another organisation, so that ids reveal nothing.
 */
public class NotFound extends RuntimeException {

	public NotFound() {
		super("not found", null, false, false);
	}
}
