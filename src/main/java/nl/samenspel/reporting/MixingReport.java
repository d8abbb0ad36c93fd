package nl.samenspel.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The mixing index for a period, per organisation: a line per activity and one for the organisation as a whole. It
 * holds indexes and counts only, never a child, a school or a neighbourhood. A MUNICIPALITY user only ever receives
 * a suppressed report ({@link #suppressed()}).
 */
public record MixingReport(LocalDate from, LocalDate to, @Nullable String municipalityCode, boolean suppressed,
		List<OrganisationMixing> organisations) {

	/** An organisation, its activities by title, and the organisation as a whole (each child counted once). */
	public record OrganisationMixing(UUID organisationId, String name, Line overall, List<Line> activities) {
	}

	/**
	 * An activity, or an organisation as a whole: the registered children present at least once in the period
	 * ({@code null} when suppressed: fewer than 5), and the index by home neighbourhood and by school.
	 */
	public record Line(UUID id, String name, @Nullable Long children, Index neighbourhood, Index school) {
	}

	/**
	 * Simpson's diversity index over the children whose group is known: 1 minus the sum of the squared shares of the
	 * groups, the chance that two children picked at random (the same child may be picked twice) are in different
	 * groups. {@code value} is rounded to four decimals and {@code null} when no child's group is known, or when
	 * {@code hidden}: fewer than 5 children counted for a municipality, so {@code groups} is {@code null} too.
	 * {@code unknown} is how many children have no known group, {@code null} when suppressed.
	 */
	public record Index(@Nullable Double value, @Nullable Integer groups, @Nullable Long unknown, boolean hidden) {
	}
}
