/**
 * The volunteers module's pages and JSON API: the volunteer records, their screening (VOG and code of conduct), the
 * organisation's volunteer policy, and the VOLUNTEER's own record.
 */
@org.jspecify.annotations.NullMarked
package nl.samenspel.volunteers.web;
