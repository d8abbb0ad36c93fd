/**
 * The children an organisation serves, their guardians, what the guardians allowed (consents, with history) and
 * what the children themselves said (assent), and what matters for safety: allergies, medication, diet, medical
 * notes (encrypted at rest with the kernel's {@link nl.samenspel.kernel.Encryption}), emergency contacts and who may
 * collect the child ({@link nl.samenspel.children.ChildCollectors}, read like the health information). Every
 * read of a child's record is written to the audit log, and parents see those entries in their portal.
 * {@link nl.samenspel.children.ChildManagement} is the API other modules call; the registry's own work is split by
 * reason to change ({@code ChildRegistry}, {@code ChildGuardians}, {@code ChildConsents}, {@code ChildSafety},
 * {@code ChildCollectors}, {@code ChildPhotos}, {@code ChildPrivacy}, {@code ChildImport}, {@code Retention}), with the
 * SQL beside the repositories in {@code ChildStore} (and {@code CollectorStore}). {@link nl.samenspel.children.SessionAssignments} is where
 * the programme module plugs in which volunteers may see a child's safety information, and
 * {@link nl.samenspel.children.ReadsWithheld} where the signals module plugs in whose reads to hold back from the
 * parents' read log ({@link nl.samenspel.children.ReadLog}) while a Meldcode case is open;
 * {@link nl.samenspel.children.ChildDataSections} is where another module (participation) adds what it holds about a
 * child to the access request's export.
 * Publishes {@link nl.samenspel.children.ConsentWithdrawn} when a guardian's consent is withdrawn (inside the
 * module, the child's photo reacts to it) and {@link nl.samenspel.children.ChildErased} when a child is erased;
 * listens to no other module's events.
 * Publishes the view {@code children_child_facts} for reporting (V20__children_published_views.sql): the only way
 * another module's SQL reads this module's tables.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "organisation", "audit", "kernel", "ui" })
@org.jspecify.annotations.NullMarked
package nl.samenspel.children;
