/**
 * The organisations that do the work (the tenants), the municipalities they work in, the CBS neighbourhoods with
 * their child counts, the locations where activities happen, and the people who sign in: users, roles, invitations,
 * password resets, login throttling, sessions and personal access tokens. Security configuration lives here because
 * signing in is this module's business; each module opens its own public routes
 * ({@link nl.samenspel.kernel.PublicRoutes}) and declares the roles of the others on its controllers.
 * {@link nl.samenspel.organisation.OrganisationManagement} and {@link nl.samenspel.organisation.UserManagement} are its
 * API; {@link nl.samenspel.organisation.Mailer} sends mail for every module. Publishes
 * {@link nl.samenspel.organisation.UserDeactivated} (the user's sessions, tokens and links have already stopped
 * working); listens to no events.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "audit", "kernel", "ui" })
@org.jspecify.annotations.NullMarked
package nl.samenspel.organisation;
