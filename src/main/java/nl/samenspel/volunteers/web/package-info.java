/**
 * The volunteers module's pages: availability, open shifts with sign-up, the volunteer's own shifts with cancelling
 * and the calendar feed, the coordinator's volunteers wanted per activity, and the public feed route.
 */
@org.jspecify.annotations.NullMarked
package nl.samenspel.volunteers.web;
