package nl.samenspel.participation;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A child's question, opened for staff: the text and the answer in plain text (opening one is logged), the child's
 * name when it was not asked anonymously, whether it matched the danger list (urgent) and whether it is overdue. An
 * urgent question asked on a kiosk names the kiosk's session and who opened it ({@code kiosk}), so that whoever acts
 * on it knows whom to ask; for other questions it is empty, as naming the session would narrow down an anonymous
 * child.
 */
public record Question(UUID id, @Nullable UUID childId, @Nullable String childName, String text, boolean urgent,
		Instant askedAt, Instant dueAt, boolean overdue, @Nullable String answer, @Nullable Instant answeredAt,
		boolean published, @Nullable Instant publishedAt, Kiosks.@Nullable Origin kiosk) {

	public boolean answered() {
		return answeredAt != null;
	}
}
