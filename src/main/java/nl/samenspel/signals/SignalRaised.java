package nl.samenspel.signals;

import java.util.UUID;

/** Someone raised a signal of concern. Ids only: what it says, about whom and by whom stays in the module. */
public record SignalRaised(UUID organisationId, UUID signalId) {
}
