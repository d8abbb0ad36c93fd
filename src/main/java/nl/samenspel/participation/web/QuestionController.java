package nl.samenspel.participation.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.samenspel.children.ChildManagement;
import nl.samenspel.children.ChildQuery;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.Role;
import nl.samenspel.participation.QuestionAnswer;
import nl.samenspel.participation.QuestionRequest;
import nl.samenspel.participation.Questions;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Forms;
import nl.samenspel.ui.Option;
import nl.samenspel.ui.Page;

/**
 * Children's questions for staff: the list (urgent first, overdue marked), recording a question on a child's behalf
 * (after a question that matched the danger list the page shows the help for the child at once), and one question
 * with its answer and publication.
 */
@Controller
class QuestionController {

	private static final String STAFF = Role.STAFF_RULE;

	private final Questions questions;
	private final ChildManagement children;

	QuestionController(Questions questions, ChildManagement children) {
		this.questions = questions;
		this.children = children;
	}

	@GetMapping("/participation/questions")
	@PreAuthorize(STAFF)
	String list(Model model) {
		model.addAttribute("questionList", new QuestionViews.QuestionList(questions.list(CurrentUser.required())));
		return "participation/questions";
	}

	@GetMapping("/participation/questions/new")
	@PreAuthorize(STAFF)
	String create(@RequestParam(required = false) @Nullable UUID childId, Model model) {
		var helpNow = Boolean.TRUE.equals(model.getAttribute("questionHelp"));
		var saved = model.getAttribute("questionSaved") != null;
		return form(new QuestionRequest(childId, false, null), FieldMessages.NONE, helpNow, saved, model);
	}

	@PostMapping("/participation/questions")
	@PreAuthorize(STAFF)
	String record(@Valid @ModelAttribute("question") QuestionRequest request, BindingResult errors,
			@ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		return Forms.submit(errors, () -> {
			var asked = questions.record(CurrentUser.required(), request);
			redirect.addFlashAttribute("questionSaved", true);
			redirect.addFlashAttribute("questionHelp", asked.urgent());
			return "redirect:/participation/questions/new";
		}).orElseGet(() -> form(request, FieldMessages.of(errors, page.messages()), false, false, model));
	}

	private String form(QuestionRequest request, FieldMessages errors, boolean helpNow, boolean saved, Model model) {
		var user = CurrentUser.required();
		var options = children.search(user, new ChildQuery(null, null, null, null, null, false), PageRequest.of(0, 500))
			.stream()
			.map(child -> new Option(child.id().toString(), child.firstName() + " " + child.lastName(),
					child.id().equals(request.childId())))
			.toList();
		model.addAttribute("form", new QuestionViews.QuestionForm(request, options, errors, helpNow, saved));
		return "participation/questionForm";
	}

	@GetMapping("/participation/questions/{id}")
	@PreAuthorize(STAFF)
	String show(@PathVariable UUID id, Model model) {
		return page(id, "", FieldMessages.NONE, model);
	}

	private String page(UUID id, @Nullable String answer, FieldMessages errors, Model model) {
		var user = CurrentUser.required();
		var question = questions.question(user, id);
		var draft = answer == null || answer.isEmpty() ? (question.answer() == null ? "" : question.answer()) : answer;
		model.addAttribute("questionPage", new QuestionViews.QuestionPage(question, draft, errors,
				user.hasAnyRole(Role.staff()), question.published() ? List.of() : questions.moderation(user, question)));
		return "participation/question";
	}

	@PostMapping("/participation/questions/{id}/answer")
	@PreAuthorize(STAFF)
	String answer(@PathVariable UUID id, @Valid @ModelAttribute("answer") QuestionAnswer answer, BindingResult errors,
			@ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		return Forms.submit(errors, () -> {
			questions.answer(CurrentUser.required(), id, answer);
			redirect.addFlashAttribute("notice", "participation.questions.answered");
			return "redirect:/participation/questions/" + id;
		}).orElseGet(() -> page(id, answer.text(), FieldMessages.of(errors, page.messages()), model));
	}

	@PostMapping("/participation/questions/{id}/publish")
	@PreAuthorize(STAFF)
	String publish(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean published,
			RedirectAttributes redirect) {
		try {
			questions.publish(CurrentUser.required(), id, published);
			redirect.addFlashAttribute("notice",
					published ? "participation.questions.publishedNotice" : "participation.questions.unpublishedNotice");
		}
		catch (FieldRejected rejected) {
			redirect.addFlashAttribute("notice", rejected.messageKey());
		}
		return "redirect:/participation/questions/" + id;
	}
}
