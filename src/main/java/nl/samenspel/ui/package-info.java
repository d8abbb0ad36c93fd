/**
 * The shared user interface: the page layout and its context ({@link nl.samenspel.ui.Page}), who is signed in
 * ({@link nl.samenspel.ui.CurrentUser} with their {@link nl.samenspel.ui.Role}s), the message bundles, the
 * language switch and the handling of unexpected errors. It depends on no feature module; every module may use it.
 * Publishes and listens to no events.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
@org.jspecify.annotations.NullMarked
package nl.samenspel.ui;
