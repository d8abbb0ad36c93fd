/**
 * Children's participation (issue 17, tasks 6 and 7, the Lundy model's space, voice, audience and influence).
 * <p>
 * Ideas in rounds, votes (APPROVAL or DOTS, one ballot per child per round) and 'you said, we did' (every idea's
 * status with its history, and the activity it became): {@link nl.samenspel.participation.Rounds},
 * {@link nl.samenspel.participation.Ideas} and {@link nl.samenspel.participation.Ballots} are the API, for the staff
 * pages now and for the kiosk and the child pages later; the SQL is in {@code IdeaStore}. Reads children through
 * {@link nl.samenspel.children.ChildManagement} and activities through {@link nl.samenspel.activities.Programme}.
 * <p>
 * Children's questions: {@link nl.samenspel.participation.Questions} records a question a child asks (anonymously if
 * they want), seals its text and answer with the kernel's {@link nl.samenspel.kernel.Encryption} (declared in
 * {@code QuestionSealedColumns}), and matches it against the documented danger list ({@code DangerWords},
 * {@code participation/danger-words-nl.txt}). A match publishes {@link nl.samenspel.participation.QuestionNeedsAttention}
 * (ids only), which its own {@code QuestionMail} listens to (the safeguarding officers, at once); the same class mails
 * the coordinators the count of overdue questions daily. The SQL is in {@code QuestionStore}.
 * <p>
 * Feedback after a session: {@link nl.samenspel.participation.SessionFeedback} records five smileys and two short
 * texts for a session of the organisation (read through {@link nl.samenspel.activities.Programme#session}), anonymous
 * by default, and gives each activity a satisfaction figure (count, average, distribution; no names, no texts); the
 * SQL is in {@code FeedbackStore}.
 * <p>
 * A child acting for themselves (on a kiosk or after their own login): {@link nl.samenspel.participation.ChildVoice}
 * with a {@link nl.samenspel.participation.Speaker}, the one place a child acts; it shares the checks of the staff
 * services above (package-private {@code Ideas.insert}, {@code Ballots.cast}, {@code SessionFeedback.store},
 * {@code Questions.ask}) and reads attendance through {@link nl.samenspel.activities.Attendance#presence}.
 * <p>
 * The kiosk: {@link nl.samenspel.participation.Kiosks} opens a tablet for a session (a random token in a cookie, only
 * its SHA-256 stored in {@code KioskStore}), lists the children present at it (through
 * {@link nl.samenspel.activities.Attendance#presence}) with their avatars, and locks it; the pages are in {@code web}
 * ({@code KioskStaffController}, and {@code KioskController} with {@code KioskVoiceController} under the public
 * {@code /kiosk/**}). What a child sees back is {@link nl.samenspel.participation.ChildOutcomes}.
 * <p>
 * The children's council (kinderraad): {@link nl.samenspel.participation.Councils} keeps a council's members (children
 * of the organisation with a role and a history), its meetings with who was present, and its decisions with their
 * status, optionally about an idea; the SQL is in {@code CouncilStore}.
 * <p>
 * Pictures and projects: {@link nl.samenspel.participation.IdeaPictures} keeps a drawing or photo with an idea (re-encoded
 * by the kernel's {@link nl.samenspel.kernel.Images}, seen by other children only once the idea is approved; SQL in
 * {@code PictureStore}); {@link nl.samenspel.participation.Projects} keeps children's projects with roles, tasks, an
 * outcome and photos that need every shown child's PHOTOS_INTERNAL consent (SQL in {@code ProjectStore}). Children's
 * public texts are moderated by {@code Moderator}: patterns, and the organisation's children's names through
 * {@link nl.samenspel.children.ChildManagement#namesAChild}.
 * <p>
 * A child's own login (8 to 12, with the guardian's consent {@code CHILD_LOGIN}):
 * {@link nl.samenspel.participation.ChildLogins} issues and revokes it (a code stored as a keyed hash, four pictures
 * stored with the password encoder; SQL in {@code ChildLoginStore}) and signs the child in as a passwordless CHILD
 * account through {@link nl.samenspel.organisation.ChildAccounts}; the child's pages call
 * {@link nl.samenspel.participation.ChildVoice} on the LOGIN channel and read the sessions a child attended through
 * {@link nl.samenspel.activities.Attendance#attendedBy}.
 * <p>
 * Publishes the views {@code participation_idea_facts}, {@code participation_ballot_facts},
 * {@code participation_question_facts} and {@code participation_feedback_facts} for reporting's participation figures
 * (V40__participation_published_views.sql): ids, moments, statuses, scores and record keys, never a child's text, a
 * question or an answer; the only way another module's SQL reads this module's tables.
 * <p>
 * Listens to the children module's {@link nl.samenspel.children.ConsentWithdrawn}: {@code ProjectPhotoConsent} (the
 * project photos of a child without photo consent go) and {@code ChildLoginConsent} (a withdrawn {@code CHILD_LOGIN}
 * revokes the child's login), and to {@link nl.samenspel.children.ChildErased}: {@code ChildLoginConsent} revokes the
 * login and {@code ErasedChildData} deletes the avatar, the photos showing the child and the council and project
 * memberships and lets go of the child's id on ideas, questions and feedback (V57 keeps the figures); all idempotent.
 * <p>
 * Implements the children module's SPI {@link nl.samenspel.children.ChildDataSections} ({@code ChildParticipationData}):
 * the child's ideas, questions, feedback and memberships in the access request's export.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "organisation", "children", "activities", "audit",
		"kernel", "ui" })
@org.jspecify.annotations.NullMarked
package nl.samenspel.participation;
