/**
 * Signals of concern and the Meldcode huiselijk geweld en kindermishandeling (task 3). Anyone at a session can raise
 * a signal in seconds; a signal can become a Meldcode case that goes through the five steps in order, the weighing
 * with the afwegingskader's questions, and the two decisions. Need to know: the person who raised it (while staff),
 * the SAFEGUARDING_OFFICERs and colleagues added to the case; COORDINATORs see only that a case exists and its status.
 * Every read and change is audited. Content is sealed with the kernel's
 * {@link nl.samenspel.kernel.Encryption}, never logged, never in events. Closed cases are kept for the retention
 * period (twenty years by default) and hold the child's record against erasure until then. While a case is open,
 * the reads of those working on it are held back from the parents' read log ({@code OpenCaseReads}, a
 * {@link nl.samenspel.children.ReadsWithheld}).
 * {@link nl.samenspel.signals.Signals}, {@link nl.samenspel.signals.Meldcode} (cases and who works on them),
 * {@link nl.samenspel.signals.MeldcodeSteps} (steps 1 to 4) and {@link nl.samenspel.signals.MeldcodeDecisions} (step 5)
 * are the API. Services hold the rules (need to know in {@code CaseAccess}, step 5's on {@code CaseState}); the SQL is
 * in the stores {@code SignalStore}, {@code CaseStore} and {@code CaseEntries}. Users' names come from
 * {@link nl.samenspel.organisation.UserNames}. Publishes {@link nl.samenspel.signals.SignalRaised} (ids only), which
 * its own {@code OfficerMail} listens to; listens to no other module.
 * Publishes the views {@code signals_signal_facts} and {@code signals_case_facts} for reporting
 * (V21__signals_published_views.sql): ids, moments, enums and record keys, never content; the only way another module's SQL
 * reads this module's tables.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "organisation", "children", "network", "audit", "kernel", "ui" })
@org.jspecify.annotations.NullMarked
package nl.samenspel.signals;
