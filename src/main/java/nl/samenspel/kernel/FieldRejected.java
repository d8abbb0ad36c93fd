package nl.samenspel.kernel;

/**
 * Input that passed its format checks but breaks a rule only the service can check (a code that belongs to another
 * municipality, a name already taken). Pages show the message next to {@link #field()} (through {@code ui.Forms}); the API returns a 400
 * problem listing it. Carries a message key, never the input.
 */
public class FieldRejected extends RuntimeException {

	private final String field;
	private final String messageKey;
	private final Object[] arguments;

	public FieldRejected(String field, String messageKey) {
		this(field, messageKey, new Object[0]);
	}

	/** With the message's arguments ({@code {0}}, {@code {1}}): limits from the configuration, never the input. */
	public FieldRejected(String field, String messageKey, Object... arguments) {
		super(field + ": " + messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public Object[] arguments() {
		return arguments.clone();
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}
}
