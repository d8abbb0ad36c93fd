/**
 * The organisations that do the work (the tenants), the municipalities they work in, the CBS neighbourhoods with
 * their child counts, the locations where activities happen, and the people who sign in: users, roles, invitations,
 * password resets, login throttling, sessions and personal access tokens. Security configuration lives here because
 * signing in is this module's business; each module opens its own public routes
 * ({@link nl.samenspel.kernel.PublicRoutes}) and declares the roles of the others on its controllers.
 * {@link nl.samenspel.organisation.OrganisationManagement} and {@link nl.samenspel.organisation.UserManagement} are its
 * API; {@link nl.samenspel.organisation.Mailer} sends mail for every module;
 * {@link nl.samenspel.organisation.ChildAccounts} keeps the passwordless CHILD accounts of children's own logins and
 * signs a child in (participation decides whether the code and pictures are right). Publishes
 * {@link nl.samenspel.organisation.UserDeactivated} (the user's sessions, tokens and links have already stopped
 * working), {@link nl.samenspel.organisation.RoleGrantRequested} and {@link nl.samenspel.organisation.RoleGrantApproved}
 * (a role that opens signals or health data, {@link nl.samenspel.organisation.RoleGrant#NEED_TO_KNOW}, asked by one
 * ADMIN and approved by another: {@link nl.samenspel.organisation.RoleGrantManagement}); listens only to those two, to
 * tell the organisation's ADMINs and SAFEGUARDING_OFFICERs by mail.
 * Publishes the views {@code organisation_location_facts}, {@code organisation_neighbourhood_facts},
 * {@code organisation_cbs_estimate_facts}, {@code organisation_own_estimate_facts} and
 * {@code organisation_volunteer_facts} for reporting (V18__organisation_published_views.sql), and
 * {@code organisation_user_facts} and {@code organisation_user_role_facts} for the volunteers module's migration of
 * volunteers on session staff (V46_9__organisation_user_facts.sql): the only way another module's SQL reads this
 * module's tables.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "audit", "kernel", "ui" })
@org.jspecify.annotations.NullMarked
package nl.samenspel.organisation;
