package nl.samenspel.participation.web;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import nl.samenspel.participation.Ballot;
import nl.samenspel.participation.Ballots;
import nl.samenspel.participation.Idea;
import nl.samenspel.participation.IdeaProposal;
import nl.samenspel.participation.IdeaStatus;
import nl.samenspel.participation.IdeaPictures;
import nl.samenspel.participation.Ideas;
import nl.samenspel.participation.RoundDetails;
import nl.samenspel.participation.Rounds;
import nl.samenspel.participation.StatusChange;
import nl.samenspel.participation.VotingMethod;
import nl.samenspel.ui.FieldMessages;
import nl.samenspel.ui.Forms;
import nl.samenspel.ui.Option;
import nl.samenspel.ui.Page;

/**
 * The staff's pages for ideas, rounds and votes: the rounds, a round with its ideas (approving, adding, recording a
 * paper ballot, the results, closing it) and an idea with its status and history ('you said, we did').
 */
@Controller
class IdeaController {

	private static final String KEEPERS = "hasAnyRole('COORDINATOR', 'WORKER')";

	private final Rounds rounds;
	private final Ideas ideas;
	private final Ballots ballots;
	private final ChildManagement children;
	private final Programme programme;
	private final nl.samenspel.participation.Councils councils;
	private final IdeaPictures pictures;

	IdeaController(Rounds rounds, Ideas ideas, Ballots ballots, ChildManagement children, Programme programme,
			nl.samenspel.participation.Councils councils, IdeaPictures pictures) {
		this.pictures = pictures;
		this.rounds = rounds;
		this.ideas = ideas;
		this.ballots = ballots;
		this.children = children;
		this.programme = programme;
		this.councils = councils;
	}

	@GetMapping("/participation/rounds")
	@PreAuthorize(KEEPERS)
	String list(@ModelAttribute("page") Page page, Model model) {
		return list(new RoundDetails(null, null, VotingMethod.APPROVAL, null, null, null), FieldMessages.NONE, page, model);
	}

	@PostMapping("/participation/rounds")
	@PreAuthorize(KEEPERS)
	String open(@Valid @ModelAttribute("round") RoundDetails details, BindingResult errors,
			@ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		return Forms.submit(errors, () -> {
			var round = rounds.open(CurrentUser.required(), details);
			redirect.addFlashAttribute("notice", "participation.ideas.roundSaved");
			return "redirect:/participation/rounds/" + round.id();
		}).orElseGet(() -> list(details, FieldMessages.of(errors, page.messages()), page, model));
	}

	private String list(RoundDetails form, FieldMessages errors, Page page, Model model) {
		var methods = Arrays.stream(VotingMethod.values())
			.map(it -> new Option(it.name(), page.t("participation.ideas.method." + it.name()), it == form.method()))
			.toList();
		model.addAttribute("list", new Views.RoundList(rounds.rounds(CurrentUser.required()), form, errors, methods));
		return "participation/rounds";
	}

	@GetMapping("/participation/rounds/{id}")
	@PreAuthorize(KEEPERS)
	String show(@PathVariable UUID id, @ModelAttribute("page") Page page, Model model) {
		return round(id, null, FieldMessages.NONE, FieldMessages.NONE, model);
	}

	private String round(UUID id, @Nullable String ideaText, FieldMessages ideaErrors, FieldMessages ballotErrors,
			Model model) {
		var user = CurrentUser.required();
		var round = rounds.round(user, id);
		var list = ideas.ofRound(user, id);
		var names = new HashMap<UUID, String>();
		children.cards(user, list.stream().map(Idea::childId).filter(java.util.Objects::nonNull).toList())
			.forEach(card -> names.put(card.id(), card.firstName()));
		var rows = list.stream().map(idea -> new Views.IdeaRow(idea, idea.childId() == null ? null : names.get(idea.childId())))
			.toList();
		var kids = children.search(user, new ChildQuery(null, null, null, null, null, false), PageRequest.of(0, 500))
			.getContent().stream().map(child -> new Option(child.id().toString(), child.firstName() + " " + child.lastName(), false))
			.toList();
		model.addAttribute("roundPage", new Views.RoundPage(round, rows, rounds.results(user, id), kids, ideaText,
				ideaErrors, ballotErrors));
		return "participation/round";
	}

	@PostMapping("/participation/rounds/{id}/ideas")
	@PreAuthorize(KEEPERS)
	String propose(@PathVariable UUID id, @RequestParam(required = false) @Nullable String text,
			@RequestParam(required = false) @Nullable UUID childId, @ModelAttribute("page") Page page, Model model,
			RedirectAttributes redirect) {
		try {
			checkText(text);
			ideas.propose(CurrentUser.required(), new IdeaProposal(id, text, childId));
			redirect.addFlashAttribute("notice", "participation.ideas.ideaSaved");
			return "redirect:/participation/rounds/" + id;
		}
		catch (FieldRejected rejected) {
			return round(id, text, FieldMessages.of(field(rejected, "text"), page.messages()), FieldMessages.NONE, model);
		}
	}

	/** The page's form is not bound to the record, so the record's limits are checked here for a message by the field. */
	private static void checkText(@Nullable String text) {
		if (text == null || text.isBlank()) {
			throw new FieldRejected("text", "participation.ideas.error.textRequired");
		}
		if (text.length() > IdeaProposal.MAX_LENGTH) {
			throw new FieldRejected("text", "participation.ideas.error.textTooLong", IdeaProposal.MAX_LENGTH);
		}
		if (!new nl.samenspel.kernel.PlainText.Validator().isValid(text.replace('\n', ' ').replace('\r', ' '), null)) {
			throw new FieldRejected("text", "validation.plainText");
		}
	}

	/** A rejection of the round itself shows next to the form's main field. */
	private static FieldRejected field(FieldRejected rejected, String main) {
		return rejected.field().equals("roundId") ? new FieldRejected(main, rejected.messageKey(), rejected.arguments())
				: rejected;
	}

	@PostMapping("/participation/rounds/{id}/ballots")
	@PreAuthorize(KEEPERS)
	String ballot(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID childId,
			@RequestParam(required = false) @Nullable List<UUID> ideaIds, @RequestParam Map<String, String> form,
			@ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		try {
			var dots = DotsForm.read(form, "dots", "participation.ideas.error.dotsNumber");
			ballots.cast(CurrentUser.required(), id, new Ballot(childId, ideaIds, dots));
			redirect.addFlashAttribute("notice", "participation.ideas.ballotSaved");
			return "redirect:/participation/rounds/" + id;
		}
		catch (FieldRejected rejected) {
			var shown = rejected.field().equals("roundId") || rejected.field().equals("ideaIds")
					|| rejected.field().equals("dots") ? new FieldRejected("choice", rejected.messageKey(), rejected.arguments())
							: rejected;
			return round(id, null, FieldMessages.NONE, FieldMessages.of(shown, page.messages()), model);
		}
	}

	@PostMapping("/participation/rounds/{id}/close")
	@PreAuthorize(KEEPERS)
	String close(@PathVariable UUID id, RedirectAttributes redirect) {
		rounds.close(CurrentUser.required(), id);
		redirect.addFlashAttribute("notice", "participation.ideas.roundClosed");
		return "redirect:/participation/rounds/" + id;
	}

	@PostMapping("/participation/ideas/{id}/approve")
	@PreAuthorize(KEEPERS)
	String approve(@PathVariable UUID id, RedirectAttributes redirect) {
		var idea = ideas.approve(CurrentUser.required(), id);
		redirect.addFlashAttribute("notice", "participation.ideas.approved");
		return "redirect:/participation/rounds/" + idea.roundId();
	}

	@GetMapping("/participation/ideas/{id}")
	@PreAuthorize(KEEPERS)
	String idea(@PathVariable UUID id, @ModelAttribute("page") Page page, Model model) {
		return idea(id, FieldMessages.NONE, FieldMessages.NONE, page, model);
	}

	@PostMapping("/participation/ideas/{id}/picture")
	@PreAuthorize(KEEPERS)
	String picture(@PathVariable UUID id, @RequestParam(required = false) @Nullable MultipartFile picture,
			@ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) throws java.io.IOException {
		try {
			pictures.attach(CurrentUser.required(), id, picture == null ? new byte[0] : picture.getBytes());
			redirect.addFlashAttribute("notice", "participation.pictures.saved");
			return "redirect:/participation/ideas/" + id;
		}
		catch (FieldRejected rejected) {
			return idea(id, FieldMessages.NONE, FieldMessages.of(rejected, page.messages()), page, model);
		}
	}

	@PostMapping("/participation/ideas/{id}/picture/remove")
	@PreAuthorize(KEEPERS)
	String removePicture(@PathVariable UUID id, RedirectAttributes redirect) {
		pictures.remove(CurrentUser.required(), id);
		redirect.addFlashAttribute("notice", "participation.pictures.removed");
		return "redirect:/participation/ideas/" + id;
	}

	/** The idea's picture: re-encoded, never sniffed as anything else, never cached. */
	@GetMapping("/participation/ideas/{id}/picture")
	@PreAuthorize(KEEPERS)
	ResponseEntity<byte[]> showPicture(@PathVariable UUID id) {
		return pictures.picture(CurrentUser.required(), id).map(Pictures::response).orElseThrow(NotFound::new);
	}

	@PostMapping("/participation/ideas/{id}/status")
	@PreAuthorize(KEEPERS)
	String status(@PathVariable UUID id, @Valid @ModelAttribute("change") StatusChange change, BindingResult errors,
			@ModelAttribute("page") Page page, Model model, RedirectAttributes redirect) {
		return Forms.submit(errors, () -> {
			ideas.changeStatus(CurrentUser.required(), id, change);
			redirect.addFlashAttribute("notice", "participation.ideas.statusSaved");
			return "redirect:/participation/ideas/" + id;
		}).orElseGet(() -> idea(id, FieldMessages.of(errors, page.messages()), FieldMessages.NONE, page, model));
	}

	private String idea(UUID id, FieldMessages errors, FieldMessages pictureErrors, Page page, Model model) {
		var user = CurrentUser.required();
		var idea = ideas.idea(user, id);
		var round = rounds.round(user, idea.roundId());
		var childName = idea.childId() == null ? null
				: children.cards(user, List.of(idea.childId())).stream().map(card -> card.firstName()).findFirst().orElse(null);
		var statuses = Arrays.stream(IdeaStatus.values())
			.map(it -> new Option(it.name(), page.t("participation.ideas.status." + it.name()), it == idea.status()))
			.toList();
		var activityList = programme.activities(user.organisationId(), "", false, PageRequest.of(0, 200)).getContent();
		var activities = activityList.stream()
			.map(it -> new Option(it.id().toString(), it.title(), it.id().equals(idea.activityId())))
			.toList();
		var activityTitle = activityList.stream().filter(it -> it.id().equals(idea.activityId())).map(it -> it.title())
			.findFirst().orElse(null);
		model.addAttribute("ideaPage", new Views.IdeaPage(idea, round, childName, activityTitle, statuses, activities, errors,
				ideas.moderation(user, id), pictures.hasPicture(user, id), pictureErrors));
		// what a children's council decided about this idea, read-only
		model.addAttribute("councilDecisions", councils.aboutIdea(user, id));
		return "participation/idea";
	}
}
