package nl.samenspel.volunteers;

import java.util.List;

import nl.samenspel.kernel.FieldRejected;

/** Activation was refused: {@link #missing()} names, as message keys, what is still missing. Nothing changed. */
public class ActivationRefused extends FieldRejected {

	private final List<String> missing;

	ActivationRefused(List<String> missing) {
		super("step", "volunteers.recruitment.error.notReady");
		this.missing = List.copyOf(missing);
	}

	public List<String> missing() {
		return missing;
	}
}
