/**
 * The volunteers module's pages and JSON API (docs/volunteers.md): the volunteer records with their screening and the
 * organisation's policy ({@code VolunteerController}, {@code VolunteerApiController} and their neighbours), the public
 * "become a volunteer" form and the applications ({@code RecruitmentRoutes} opens the form), the planning and the
 * per-activity rules, the volunteer's availability, open shifts, own shifts and calendar feed ({@code FeedRoutes} opens
 * the feed), hours and the yearly statement, and buddy pairs. Each page's role is declared on its route with
 * {@code @PreAuthorize}; the homes' panels are the {@code *Home} beans.
 */
@org.jspecify.annotations.NullMarked
package nl.samenspel.volunteers.web;
