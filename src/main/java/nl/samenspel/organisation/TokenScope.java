package nl.samenspel.organisation;

/**
 * What a personal access token may do with its owner's roles: {@link #READ} only reads (GET and HEAD), and
 * {@link #READ_WRITE} also changes. No scope reaches beyond the API, the password or the tokens themselves: those
 * need a signed-in session.
 */
public enum TokenScope {

	READ, READ_WRITE;

	/** Whether a request with this HTTP method is within the scope. */
	public boolean allows(String method) {
		return this == READ_WRITE || "GET".equals(method) || "HEAD".equals(method);
	}
}
