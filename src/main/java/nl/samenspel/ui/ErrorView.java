package nl.samenspel.ui;

/**
 * What an error page shows: the status, its explanation's message keys and a reference number for the helpdesk.
 */
public record ErrorView(int status, String titleKey, String textKey, String reference) {

	public static ErrorView of(int status, String reference) {
		var known = switch (status) {
			case 400, 403, 404, 405, 409, 413 -> status;
			default -> status >= 500 ? 500 : 400;
		};
		return new ErrorView(status, "error." + known + ".title", "error." + known + ".text", reference);
	}
}
