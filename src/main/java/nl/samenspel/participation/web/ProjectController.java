package nl.samenspel.participation.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.samenspel.activities.Programme;
import nl.samenspel.children.ChildManagement;
import nl.samenspel.children.ChildQuery;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.FieldRejected;
import nl.samenspel.kernel.NotFound;
import nl.samenspel.participation.Project;
import nl.samenspel.participation.ProjectDetails;
import nl.samenspel.participation.ProjectMember;
import nl.samenspel.participation.ProjectProgress;
import nl.samenspel.participation.ProjectStatus;
import nl.samenspel.participation.ProjectTask;
import nl.samenspel.participation.Projects;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Forms;
import nl.samenspel.ui.Option;
import nl.samenspel.ui.Page;

/** The staff's pages for children's projects: the list with a form for a new one, and a project with all it holds. */
@Controller
class ProjectController {

	private static final String KEEPERS = "hasAnyRole('COORDINATOR', 'WORKER')";

	private final Projects projects;
	private final ChildManagement children;
	private final Programme programme;

	ProjectController(Projects projects, ChildManagement children, Programme programme) {
		this.projects = projects;
		this.children = children;
		this.programme = programme;
	}

	@GetMapping("/participation/projects")
	@PreAuthorize(KEEPERS)
	String list(@ModelAttribute("page") Page page, Model model) {
		return list(new ProjectDetails(null, null, null), FieldMessages.NONE, model);
	}

	@PostMapping("/participation/projects")
	@PreAuthorize(KEEPERS)
	String create(@Valid @ModelAttribute("project") ProjectDetails details, BindingResult errors,
			@ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		return Forms.submit(errors, () -> {
			var project = projects.create(CurrentUser.required(), details);
			redirect.addFlashAttribute("notice", "participation.projects.saved");
			return "redirect:/participation/projects/" + project.id();
		}).orElseGet(() -> list(details, FieldMessages.of(errors, page.messages()), model));
	}

	private String list(ProjectDetails form, FieldMessages errors, Model model) {
		var user = CurrentUser.required();
		model.addAttribute("list", new Views.ProjectList(projects.projects(user), form, errors,
				activities(user, form.activityId())));
		return "participation/projects";
	}

	@GetMapping("/participation/projects/{id}")
	@PreAuthorize(KEEPERS)
	String show(@PathVariable UUID id, @ModelAttribute("page") Page page, Model model) {
		return show(id, Views.ProjectForms.NONE, page, model);
	}

	@PostMapping("/participation/projects/{id}/details")
	@PreAuthorize(KEEPERS)
	String update(@PathVariable UUID id, @Valid @ModelAttribute("details") ProjectDetails details, BindingResult errors,
			@ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		return Forms.submit(errors, () -> done(projects.update(CurrentUser.required(), id, details), redirect))
			.orElseGet(() -> show(id, Views.ProjectForms.NONE.failed("details", FieldMessages.of(errors, page.messages()))
				.withDetails(details), page, model));
	}

	@PostMapping("/participation/projects/{id}/progress")
	@PreAuthorize(KEEPERS)
	String progress(@PathVariable UUID id, @Valid @ModelAttribute("progress") ProjectProgress progress,
			BindingResult errors, @ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		return Forms.submit(errors, () -> done(projects.progress(CurrentUser.required(), id, progress), redirect))
			.orElseGet(() -> show(id, Views.ProjectForms.NONE.failed("progress", FieldMessages.of(errors, page.messages()))
				.withOutcome(progress.outcome()), page, model));
	}

	@PostMapping("/participation/projects/{id}/members")
	@PreAuthorize(KEEPERS)
	String addMember(@PathVariable UUID id, @Valid @ModelAttribute("member") ProjectMember member, BindingResult errors,
			@ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		return Forms.submit(errors, () -> done(projects.addMember(CurrentUser.required(), id, member), redirect))
			.orElseGet(() -> show(id, Views.ProjectForms.NONE.failed("member", FieldMessages.of(errors, page.messages())),
					page, model));
	}

	@PostMapping("/participation/projects/{id}/members/{childId}/remove")
	@PreAuthorize(KEEPERS)
	String removeMember(@PathVariable UUID id, @PathVariable UUID childId, RedirectAttributes redirect) {
		return done(projects.removeMember(CurrentUser.required(), id, childId), redirect);
	}

	@PostMapping("/participation/projects/{id}/tasks")
	@PreAuthorize(KEEPERS)
	String addTask(@PathVariable UUID id, @Valid @ModelAttribute("task") ProjectTask task, BindingResult errors,
			@ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		return Forms.submit(errors, () -> done(projects.addTask(CurrentUser.required(), id, task), redirect))
			.orElseGet(() -> show(id, Views.ProjectForms.NONE.failed("task", FieldMessages.of(errors, page.messages()))
				.withTask(task.text()), page, model));
	}

	@PostMapping("/participation/projects/{id}/tasks/{taskId}")
	@PreAuthorize(KEEPERS)
	String markTask(@PathVariable UUID id, @PathVariable UUID taskId, @RequestParam(defaultValue = "false") boolean done,
			RedirectAttributes redirect) {
		return done(projects.markTask(CurrentUser.required(), id, taskId, done), redirect);
	}

	@PostMapping("/participation/projects/{id}/photos")
	@PreAuthorize(KEEPERS)
	String addPhoto(@PathVariable UUID id, @RequestParam(required = false) @Nullable MultipartFile photo,
			@RequestParam(required = false) @Nullable List<UUID> shown, @ModelAttribute("page") Page page, Model model,
			RedirectAttributes redirect) throws IOException {
		try {
			return done(projects.addPhoto(CurrentUser.required(), id, photo == null ? new byte[0] : photo.getBytes(), shown),
					redirect);
		}
		catch (FieldRejected rejected) {
			return show(id, Views.ProjectForms.NONE.failed("photo", FieldMessages.of(rejected, page.messages())), page, model);
		}
	}

	@GetMapping("/participation/projects/{id}/photos/{photoId}")
	@PreAuthorize(KEEPERS)
	ResponseEntity<byte[]> photo(@PathVariable UUID id, @PathVariable UUID photoId) {
		return projects.photo(CurrentUser.required(), id, photoId).map(Pictures::response).orElseThrow(NotFound::new);
	}

	@PostMapping("/participation/projects/{id}/photos/{photoId}/remove")
	@PreAuthorize(KEEPERS)
	String removePhoto(@PathVariable UUID id, @PathVariable UUID photoId, RedirectAttributes redirect) {
		projects.removePhoto(CurrentUser.required(), id, photoId);
		redirect.addFlashAttribute("notice", "participation.projects.photoRemoved");
		return "redirect:/participation/projects/" + id;
	}

	private static String done(Project project, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", "participation.projects.changed");
		return "redirect:/participation/projects/" + project.id();
	}

	private String show(UUID id, Views.ProjectForms forms, Page page, Model model) {
		var user = CurrentUser.required();
		var project = projects.project(user, id);
		var names = new HashMap<UUID, String>();
		children.cards(user, project.members().stream().map(Project.Member::childId).toList())
			.forEach(card -> names.put(card.id(), card.name()));
		var kids = children.search(user, new ChildQuery(null, null, null, null, null, false), PageRequest.of(0, 500))
			.getContent().stream().filter(child -> !project.hasMember(child.id()))
			.map(child -> new Option(child.id().toString(), child.firstName() + " " + child.lastName(), false))
			.toList();
		var members = project.members().stream()
			.map(member -> new Option(member.childId().toString(), names.getOrDefault(member.childId(), "?"), false))
			.toList();
		var statuses = Arrays.stream(ProjectStatus.values())
			.map(it -> new Option(it.name(), page.t("participation.projects.status." + it.name()), it == project.status()))
			.toList();
		var activities = activities(user, forms.details() != null ? forms.details().activityId() : project.activityId());
		var activityTitle = project.activityId() == null ? null
				: activities.stream().filter(it -> it.value().equals(project.activityId().toString())).map(Option::label)
					.findFirst().orElse(null);
		model.addAttribute("projectPage", new Views.ProjectPage(project, names, activityTitle,
				projects.moderation(user, project), kids, members, statuses, activities, forms));
		return "participation/project";
	}

	private List<Option> activities(CurrentUser user, @Nullable UUID selected) {
		return programme.activities(user.organisationId(), "", false, PageRequest.of(0, 200)).getContent().stream()
			.map(it -> new Option(it.id().toString(), it.title(), it.id().equals(selected)))
			.toList();
	}
}
