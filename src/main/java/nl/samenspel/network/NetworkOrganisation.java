package nl.samenspel.network;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An organisation or service on the social map, as read. */
public record NetworkOrganisation(UUID id, UUID organisationId, ServiceKind kind, String name, @Nullable String description,
		@Nullable String phone, @Nullable String email, @Nullable String website, @Nullable Integer minAge,
		@Nullable Integer maxAge, Route route, boolean national, boolean active, List<UUID> neighbourhoods) {

	public NetworkOrganisationDetails details() {
		return new NetworkOrganisationDetails(kind, name, description, phone, email, website, minAge, maxAge, route, neighbourhoods);
	}

	public boolean serves(int age) {
		return (minAge == null || age >= minAge) && (maxAge == null || age <= maxAge);
	}
}
