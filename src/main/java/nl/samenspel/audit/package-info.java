/**
 * Who read or changed what: an append-only log of security events (logins, logouts, password, role and token
 * changes) and of every read and change of personal and sensitive data. An entry names the actor, their roles and
 * organisation, the action, the object's type and id, the result, the origin address and the time in UTC; it never
 * holds the personal data itself. Other modules call {@link nl.samenspel.audit.AuditLog}; ADMINs search it.
 * Publishes and listens to no events: a read must be logged even when nothing commits.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "kernel", "ui" })
@org.jspecify.annotations.NullMarked
package nl.samenspel.audit;
