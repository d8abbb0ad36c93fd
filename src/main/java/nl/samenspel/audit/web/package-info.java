/** The ADMIN's audit log search page. */
@org.jspecify.annotations.NullMarked
package nl.samenspel.audit.web;
