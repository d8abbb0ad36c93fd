package nl.samenspel.organisation.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import nl.samenspel.kernel.Role;
import nl.samenspel.organisation.ApiToken;
import nl.samenspel.organisation.Location;
import nl.samenspel.organisation.LocationType;
import nl.samenspel.organisation.Municipality;
import nl.samenspel.organisation.Neighbourhood;
import nl.samenspel.organisation.NeighbourhoodImport;
import nl.samenspel.organisation.Organisation;
import nl.samenspel.organisation.Region;
import nl.samenspel.organisation.RoleGrant;
import nl.samenspel.organisation.TokenScope;
import nl.samenspel.organisation.UserAccount;
import nl.samenspel.organisation.UserStatus;

/** What the JSON API returns: records made from the aggregates, never the aggregates themselves. */
public final class Resources {

	private Resources() {
	}

	public record OrganisationResource(UUID id, String name, Region region, boolean secondFactorForAllStaff) {

		static OrganisationResource of(Organisation it) {
			return new OrganisationResource(it.getId(), it.getName(), it.getRegion(), it.isSecondFactorForAllStaff());
		}
	}

	public record MunicipalityResource(UUID id, String code, String name, boolean active) {

		static MunicipalityResource of(Municipality it) {
			return new MunicipalityResource(it.getId(), it.getCode(), it.getName(), it.isActive());
		}
	}

	public record NeighbourhoodResource(UUID id, UUID municipalityId, String code, String districtCode, String name,
			int cbsYear, @Nullable Integer children0to14, @Nullable Integer children4to12,
			boolean children4to12Estimated, @Nullable Integer landAreaHectares, boolean active) {

		static NeighbourhoodResource of(Neighbourhood it) {
			return new NeighbourhoodResource(it.getId(), it.getMunicipalityId(), it.getCode(), it.getDistrictCode(),
					it.getName(), it.getCbsYear(), it.getChildren0to14(), it.getChildren4to12(),
					it.isChildren4to12Estimated(), it.getLandAreaHectares(), it.isActive());
		}
	}

	public record LocationResource(UUID id, String name, LocationType type, @Nullable String street,
			@Nullable String postcode, @Nullable String city, @Nullable UUID neighbourhoodId,
			@Nullable BigDecimal latitude, @Nullable BigDecimal longitude, boolean active) {

		static LocationResource of(Location it) {
			return new LocationResource(it.getId(), it.getName(), it.getType(), it.getStreet(), it.getPostcode(),
					it.getCity(), it.getNeighbourhoodId(), it.getLatitude(), it.getLongitude(), it.isActive());
		}
	}

	public record UserResource(UUID id, String username, String displayName, String email, Set<Role> roles,
			String preferredLanguage, UserStatus status) {

		static UserResource of(UserAccount it) {
			return new UserResource(it.getId(), it.getUsername(), it.getDisplayName(), it.getEmail(), it.getRoles(),
					it.getPreferredLanguage(), it.getStatus());
		}
	}

	/** A role grant that one ADMIN requested and another approves or rejects. */
	public record RoleGrantResource(UUID id, UUID userId, Set<Role> roles, RoleGrant.Status status, UUID requestedBy,
			Instant requestedAt, @Nullable UUID decidedBy, @Nullable Instant decidedAt) {

		static RoleGrantResource of(RoleGrant it) {
			return new RoleGrantResource(it.id(), it.userId(), it.roles(), it.status(), it.requestedBy(),
					it.requestedAt(), it.decidedBy(), it.decidedAt());
		}
	}

	/** A token as listed: never its secret. {@code secret} is only filled in the answer that created it. */
	public record TokenResource(UUID id, String name, TokenScope scope, Instant createdAt, Instant expiresAt,
			@Nullable Instant revokedAt, @Nullable Instant lastUsedAt, @Nullable String secret) {

		static TokenResource of(ApiToken it, @Nullable String secret) {
			return new TokenResource(it.getId(), it.getName(), it.getScope(), it.getCreatedAt(), it.getExpiresAt(),
					it.getRevokedAt(), it.getLastUsedAt(), secret);
		}
	}

	public record ImportResource(int created, int updated, int skipped, List<NeighbourhoodImport.BadLine> badLines) {

		static ImportResource of(NeighbourhoodImport.Result it) {
			return new ImportResource(it.created(), it.updated(), it.skipped(), it.badLines());
		}
	}
}
