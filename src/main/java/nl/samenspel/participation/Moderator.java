package nl.samenspel.participation;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.samenspel.children.ChildManagement;

/**
 * Moderation of a child's public text (an idea, a project's goal or outcome, a question before it is published): the
 * patterns of {@link Moderation}, and whether it names a child of the organisation (a first or last name as a whole
 * word, case and accents aside, names of two letters or fewer left out), which the children module answers with one
 * query for the text's words ({@link ChildManagement#namesAChild}). It flags for the worker; it refuses nothing.
 */
@Component
class Moderator {

	private final ChildManagement children;

	Moderator(ChildManagement children) {
		this.children = children;
	}

	/** The flags for the text, as message keys {@code participation.moderation.flag.<NAME>}, in a fixed order. */
	List<String> flags(UUID organisationId, String text) {
		var flags = EnumSet.noneOf(Moderation.Flag.class);
		flags.addAll(Moderation.patterns(text));
		if (children.namesAChild(organisationId, text)) {
			flags.add(Moderation.Flag.NAME);
		}
		return flags.stream().map(flag -> "participation.moderation.flag." + flag.name()).toList();
	}

	boolean flagged(UUID organisationId, String text) {
		return !flags(organisationId, text).isEmpty();
	}
}
