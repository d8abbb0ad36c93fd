package nl.samenspel.reporting;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A year's report: every figure per neighbourhood and per month, participations per neighbourhood and month
 * together, reach per home neighbourhood, and the performance agreements with their result so far and forecast.
 * Suppressed throughout for a MUNICIPALITY user.
 */
public record AnnualReport(int year, @Nullable String municipalityCode, boolean suppressed, FigureTable perNeighbourhood,
		FigureTable perMonth, CrossTable perNeighbourhoodAndMonth, ReachRates.ReachTable reach,
		List<Targets.Standing> targets) {
}
