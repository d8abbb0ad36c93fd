/**
 * Accountability to municipalities (tasks 1 to 10, issue 6): figures from what workers already register
 * ({@link nl.samenspel.reporting.Reports}), kept fast by rollups built from the attendance events
 * ({@link nl.samenspel.reporting.Rollups}), reach rates, performance agreements, exports, and the cell key method
 * every count of persons a MUNICIPALITY user receives goes through ({@link nl.samenspel.reporting.CellKey}), for fixed
 * calendar periods only.
 * It reads the other modules' data only through the views they publish for it (V18 to V22,
 * {@code V<n>__<owner>_published_views.sql}), which its own declared views (V23__reporting_read_model.sql) join, and
 * participation's (V40, which {@link nl.samenspel.reporting.ParticipationFigures} reads directly, no Java type), and
 * for the continuity of task 9 ({@link nl.samenspel.reporting.ContinuityFigures}) its declared views of V53 over what
 * volunteers (V52) and activities (V51) publish, and
 * through the organisation module's Java API; it listens to the activities module's events through Spring Modulith's
 * event publication registry.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "organisation", "activities", "audit", "kernel", "ui" })
@org.jspecify.annotations.NullMarked
package nl.samenspel.reporting;
