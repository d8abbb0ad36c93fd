package nl.samenspel.volunteers;

import java.util.Set;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * What is missing, as one message argument that the page or problem resolves in the reader's language: "geen VOG en
 * geen ondertekende gedragscode". A message argument that is itself resolvable is resolved by Spring's message
 * source, so {@link nl.samenspel.kernel.FieldRejected} can name it without knowing the language.
 */
final class MissingText {

	private MissingText() {
	}

	static MessageSourceResolvable of(Set<Missing> missing) {
		var names = missing.stream().sorted()
			.map(it -> (Object) new DefaultMessageSourceResolvable(new String[] { "volunteers.shifts.missing." + it.name() },
					it.name()))
			.toArray();
		var list = "volunteers.shifts.missing.list" + Math.max(1, Math.min(names.length, 4));
		return new DefaultMessageSourceResolvable(new String[] { list }, names);
	}
}
