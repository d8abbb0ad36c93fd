package nl.samenspel.kernel;

/**
 * Input that passed its format checks but breaks a rule only the service can check (a code that belongs to another
 * municipality, a name already taken). Pages show the message next to {@link #field()} (through {@code ui.Forms}); the API returns a 400
 * problem listing it. Carries a message key, never the input.
 */
public class FieldRejected extends RuntimeException {

	private final String field;
	private final String messageKey;

	public FieldRejected(String field, String messageKey) {
		super(field + ": " + messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}
}
