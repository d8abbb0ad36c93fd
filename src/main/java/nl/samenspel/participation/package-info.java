/**
 * Children's participation (issue 17, tasks 6 and 7). Children's questions: {@link nl.samenspel.participation.Questions}
 * records a question a child asks (anonymously if they want), seals its text and answer with the kernel's
 * {@link nl.samenspel.kernel.Encryption} (declared in {@code QuestionSealedColumns}), and matches it against the
 * documented danger list ({@code DangerWords}, {@code participation/danger-words-nl.txt}). A match publishes
 * {@link nl.samenspel.participation.QuestionNeedsAttention} (ids only), which its own {@code QuestionMail} listens to
 * (the safeguarding officers, at once); the same class mails the coordinators the count of overdue questions daily.
 * The SQL is in {@code QuestionStore}. Listens to no other module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "organisation", "children", "audit", "kernel", "ui" })
@org.jspecify.annotations.NullMarked
package nl.samenspel.participation;
