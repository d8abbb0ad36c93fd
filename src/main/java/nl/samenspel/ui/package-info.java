/**
 * The shared user interface, presentation only: the page layout and its context ({@link nl.samenspel.ui.Page}), the
 * navigation, the message bundles, the language switch, the form helpers that put a rejection next to its field
 * ({@link nl.samenspel.ui.Forms}, {@link nl.samenspel.ui.FieldMessages}), and the error pages and problems. What the
 * domain shares (the signed-in user, roles, rejection types) is in the kernel. It depends on no feature module; every
 * module may use it. Publishes and listens to no events.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "kernel" })
@org.jspecify.annotations.NullMarked
package nl.samenspel.ui;
