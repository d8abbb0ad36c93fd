/**
 * Accountability to municipalities (issue 6, in progress): so far the small-cell suppression every figure a
 * MUNICIPALITY user receives goes through ({@link nl.samenspel.reporting.Suppression}). The figures, rollups,
 * report templates and exports follow.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "organisation", "audit", "ui" })
@org.jspecify.annotations.NullMarked
package nl.samenspel.reporting;
