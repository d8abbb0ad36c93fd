package nl.samenspel.reporting;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.DutchTime;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.NotFound;
import nl.samenspel.kernel.Role;
import nl.samenspel.organisation.OrganisationManagement;

/**
 * Whose figures a user may see, and for which period: the same rules as {@link Reports}. A COORDINATOR sees their own
 * organisation, unsuppressed, optionally narrowed to one of its municipalities (another one is a rejected field); a
 * MUNICIPALITY user sees their own municipality across organisations, always protected by the cell key method and
 * for a fixed calendar period only (another municipality is not found); anyone else is denied. The period runs from the first day to the last, both whole, at most
 * {@link Reports#MAX_YEARS} years.
 */
@Component
class ReportScope {

	static final ZoneId AMSTERDAM = DutchTime.ZONE;

	private final JdbcClient jdbc;
	private final OrganisationManagement organisations;

	ReportScope(JdbcClient jdbc, OrganisationManagement organisations) {
		this.jdbc = jdbc;
		this.organisations = organisations;
	}

	/** Whether the organisation works in a municipality (by its CBS code), as the organisation module knows it. */
	boolean worksIn(UUID organisationId, String municipalityCode) {
		return organisations.municipalities(organisationId).stream().anyMatch(it -> it.getCode().equals(municipalityCode));
	}

	/** A checked scope: the organisation (null: every organisation) and municipality (null: all) a report covers. */
	record Scope(LocalDate from, LocalDate to, @Nullable UUID organisationId, @Nullable String municipalityCode,
			boolean suppressed) {

		/**
		 * The condition on a view's {@code organisation_id} and {@code municipality_code} columns, and on its moment
		 * column falling in the period (Dutch days). A row without a municipality never matches a municipality.
		 */
		String where(String alias, String momentColumn) {
			var where = new StringBuilder(alias + "." + momentColumn + " >= :start and " + alias + "." + momentColumn + " < :end");
			if (organisationId != null) {
				where.append(" and ").append(alias).append(".organisation_id = :organisation");
			}
			if (municipalityCode != null) {
				where.append(" and ").append(alias).append(".municipality_code = :municipality");
			}
			return where.toString();
		}

		Map<String, Object> params() {
			var params = new HashMap<String, Object>();
			params.put("start", Timestamp.from(from.atStartOfDay(AMSTERDAM).toInstant()));
			params.put("end", Timestamp.from(to.plusDays(1).atStartOfDay(AMSTERDAM).toInstant()));
			if (organisationId != null) {
				params.put("organisation", organisationId);
			}
			if (municipalityCode != null) {
				params.put("municipality", municipalityCode);
			}
			return params;
		}
	}

	/** The municipality a MUNICIPALITY user reports on, if an ADMIN set one. */
	@Nullable String municipalityOf(CurrentUser user) {
		return jdbc.sql("select municipality_code from municipality_account where app_user_id = :user").param("user", user.id())
			.query(String.class).optional().orElse(null);
	}

	/** Whose figures a user may see: an organisation (null: every one), a municipality (null: all), suppressed or not. */
	record Who(@Nullable UUID organisationId, @Nullable String municipality, boolean suppressed) {
	}

	/**
	 * A coordinator's own organisation (optionally one of its municipalities) as they are, or a municipality user's own
	 * municipality across organisations, suppressed; another municipality is not found, other roles are refused.
	 */
	Who who(CurrentUser user, @Nullable String municipalityCode) {
		String code = municipalityCode == null || municipalityCode.isBlank() ? null : municipalityCode.strip();
		if (user.hasRole(Role.COORDINATOR)) {
			if (code != null) {
				if (!worksIn(user.organisationId(), code)) {
					throw new FieldRejected("municipality", "report.error.municipality");
				}
			}
			return new Who(user.organisationId(), code, false);
		}
		if (user.hasRole(Role.MUNICIPALITY)) {
			var own = municipalityOf(user);
			if (own == null || (code != null && !code.equals(own))) {
				throw new NotFound();
			}
			return new Who(null, own, true);
		}
		throw new AccessDeniedException("coordinators and municipalities");
	}

	/** A period no longer than five years, its end not before its start. */
	static void checkPeriod(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			throw new FieldRejected("to", "report.error.endBeforeStart");
		}
		if (from.plusYears(Reports.MAX_YEARS).isBefore(to)) {
			throw new FieldRejected("to", "report.error.tooLong");
		}
	}

	Scope of(CurrentUser user, LocalDate from, LocalDate to, @Nullable String municipalityCode) {
		var who = who(user, municipalityCode, from, to);
		return new Scope(from, to, who.organisationId(), who.municipality(), who.suppressed());
	}

	/**
	 * Whose figures a user may see for a period: {@link #who(CurrentUser, String)} after {@link #checkPeriod}, and for a
	 * municipality user only a fixed calendar period (a month, a quarter or a year). Two overlapping free ranges would
	 * give the figures of their difference; fixed periods nest, and their figures carry independent noise.
	 */
	Who who(CurrentUser user, @Nullable String municipalityCode, LocalDate from, LocalDate to) {
		checkPeriod(from, to);
		var who = who(user, municipalityCode);
		if (who.suppressed() && ReportPeriod.of(from, to) == null) {
			throw new FieldRejected("from", "report.error.fixedPeriod");
		}
		return who;
	}
}
