/**
 * The social map and referrals (tasks 1, 3 and 7): the organisations and services a worker refers children and
 * families to, seeded with the national ones and kept per organisation; referrals with their route (direct, parents
 * apply themselves, only through an intermediary), consent, warm handover, status and follow-up; and PARTNER users
 * who work at a social-map organisation and see only the referrals addressed to it. A referral's reason and the
 * contact shared with the partner are sealed with the kernel's {@link nl.samenspel.kernel.Encryption}.
 * {@link nl.samenspel.network.SocialMap}, {@link nl.samenspel.network.Referrals} (making and reading a referral) and
 * {@link nl.samenspel.network.ReferralProgress} (its later statuses, and what the partner sees) are the API; the SQL is
 * in the stores {@code SocialMapStore} and {@code ReferralStore}. Publishes {@link nl.samenspel.network.ReferralAnswered}
 * (ids and the status), which its own {@code ReferrerMail} listens to; listens to no other module.
 * The partners' shared calendar (issue 19, docs/network.md): {@link nl.samenspel.network.PartnerCalendar} (entries per
 * neighbourhood, their clashes and gaps, computed by {@link nl.samenspel.network.CalendarClashes}),
 * {@link nl.samenspel.network.CalendarImport} (an .ics upload read by {@link nl.samenspel.network.IcsFile}) and
 * {@link nl.samenspel.network.CalendarFeed} (the export); its SQL is in {@code CalendarStore}.
 * Publishes the view {@code network_referral_facts} for reporting (V22__network_published_views.sql): the only way another
 * module's SQL reads this module's tables.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "organisation", "children", "audit", "kernel", "ui" })
@org.jspecify.annotations.NullMarked
package nl.samenspel.network;
