package nl.samenspel.organisation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditResult;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.NotFound;

/**
 * Personal access tokens: each user makes and revokes their own, from a signed-in session; nobody else sees them, not
 * even an ADMIN. A token reads only, or reads and writes ({@link TokenScope}), with its owner's roles, in the API only.
 */
@Service
@Transactional
public class TokenManagement {

	/** A token as just created: the secret is in here, and nowhere else, ever again. */
	public record CreatedToken(ApiToken token, String secret) {
	}

	private final ApiTokens tokens;
	private final UserAccounts users;
	private final AuditLog audit;
	private final Clock clock;

	TokenManagement(ApiTokens tokens, UserAccounts users, AuditLog audit, Clock clock) {
		this.tokens = tokens;
		this.users = users;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<ApiToken> tokens(CurrentUser user) {
		return tokens.findByUserIdOrderByCreatedAtDesc(user.id());
	}

	/**
	 * Creates a token with the scope the user chose. Only from a signed-in session: a token cannot make new tokens, or
	 * a stolen one could renew itself for ever.
	 */
	public CreatedToken create(CurrentUser user, TokenRequest request) {
		TokenAuthentication.refuse();
		var secret = Secrets.generate("sps_");
		var now = Instant.now(clock);
		var token = tokens.save(new ApiToken(user.id(), request.name().strip(), Secrets.hash(secret), request.scope(), now,
				now.plus(Duration.ofDays(request.validDays()))));
		audit.record(AuditAction.TOKEN_CREATED, "token", token.getId(), AuditResult.SUCCESS);
		return new CreatedToken(token, secret);
	}

	/** Revokes one of the user's tokens; only from a signed-in session, so a stolen token cannot revoke the others. */
	public void revoke(CurrentUser user, UUID id) {
		TokenAuthentication.refuse();
		var token = tokens.findById(id).filter(it -> it.getUserId().equals(user.id()))
			.orElseThrow(() -> new NotFound());
		token.revoke(Instant.now(clock));
		tokens.save(token);
		audit.record(AuditAction.TOKEN_REVOKED, "token", id, AuditResult.SUCCESS);
	}

	/** Revokes every token of a user: when they are deactivated or reset their password. */
	void revokeAll(UUID userId) {
		tokens.revokeAll(userId, Timestamp.from(Instant.now(clock)));
	}

	/** The sign-in of a valid bearer token: its active owner, within the token's scope. */
	Optional<TokenAuthentication> authenticate(String secret) {
		var now = Instant.now(clock);
		var token = tokens.findByTokenHash(Secrets.hash(secret));
		if (token.isEmpty() || !token.get().validAt(now)) {
			return Optional.empty();
		}
		var lastUsed = token.get().getLastUsedAt();
		if (lastUsed == null || lastUsed.isBefore(now.minus(Duration.ofMinutes(5)))) {
			tokens.markUsed(token.get().getId(), Timestamp.from(now));
		}
		return users.findById(token.get().getUserId()).filter(UserAccount::isActive).map(UserAccount::toCurrentUser)
			.map(user -> {
				user.eraseCredentials();
				return new TokenAuthentication(user, token.get().getScope());
			});
	}
}

interface ApiTokens extends ListCrudRepository<ApiToken, UUID> {

	List<ApiToken> findByUserIdOrderByCreatedAtDesc(UUID userId);

	@Query("select * from api_token where token_hash = :hash")
	Optional<ApiToken> findByTokenHash(String hash);

	@Modifying
	@Query("update api_token set revoked_at = :now where app_user_id = :user and revoked_at is null")
	void revokeAll(UUID user, Timestamp now);

	@Modifying
	@Query("update api_token set last_used_at = :now where id = :id")
	void markUsed(UUID id, Timestamp now);
}
