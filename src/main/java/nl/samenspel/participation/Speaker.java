package nl.samenspel.participation;

import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A child acting for themselves through {@link ChildVoice}: the organisation, the child, the channel and, for the
 * audit log, the kiosk or the login they act through ({@code via}, may be null). Whoever builds a Speaker has decided
 * who the child is (the kiosk: the name tapped among the session's present children; the login: the child's code and
 * pictures); {@link ChildVoice} checks that the child is one of the organisation's.
 */
public record Speaker(UUID organisationId, UUID childId, Channel channel, @Nullable UUID via) {

	public Speaker {
		Objects.requireNonNull(organisationId);
		Objects.requireNonNull(childId);
		Objects.requireNonNull(channel);
	}

	public Speaker(UUID organisationId, UUID childId, Channel channel) {
		this(organisationId, childId, channel, null);
	}
}
