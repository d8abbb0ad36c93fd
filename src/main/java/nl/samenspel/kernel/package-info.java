/**
 * The shared kernel: what every module needs and no module owns. Who is signed in ({@link nl.samenspel.kernel.CurrentUser})
 * and their {@link nl.samenspel.kernel.Role}s, with each role group defined once ({@code Role.STAFF}); the domain's
 * rejection types ({@link nl.samenspel.kernel.FieldRejected} for input that breaks a rule,
 * {@link nl.samenspel.kernel.NotFound} for a row the user's organisation does not have); the input types
 * {@link nl.samenspel.kernel.PlainText} and {@link nl.samenspel.kernel.SearchTerm}; a page of a list in the API
 * ({@link nl.samenspel.kernel.PagedResult}); and the sealing of special-category columns
 * ({@link nl.samenspel.kernel.Encryption}, with {@link nl.samenspel.kernel.SealedColumn} beans each module declares for
 * the nightly {@link nl.samenspel.kernel.Resealing} after a key rotation); and the routes a module opens to everyone
 * ({@link nl.samenspel.kernel.PublicRoutes}); the cookies' names, Secure and {@code __Host-} prefixed in production
 * ({@link nl.samenspel.kernel.Cookies}); an uploaded image checked, decoded safely and re-encoded without its metadata
 * ({@link nl.samenspel.kernel.Images}). It owns no tables and depends on no module;
 * a module test always includes it. Publishes and listens to no events.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
@org.jspecify.annotations.NullMarked
package nl.samenspel.kernel;
