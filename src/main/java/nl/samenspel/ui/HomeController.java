package nl.samenspel.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Role;

/**
 * The start page after signing in: what the user's roles call for now, as panels the modules give
 * ({@link HomePanels}), and below them the user's own navigation as quick links. A user with several roles sees the
 * panels of each, each panel once.
 */
@Controller
class HomeController {

	private final List<HomePanels> homePanels;

	HomeController(List<HomePanels> homePanels) {
		this.homePanels = homePanels;
	}

	@GetMapping("/")
	String home(@ModelAttribute("page") Page page, Model model) {
		// a child signed in with their own login has pages of their own
		var user = CurrentUser.current();
		if (user == null) {
			return "redirect:/login";
		}
		if (user.roles().equals(EnumSet.of(Role.CHILD))) {
			return "redirect:/kind";
		}
		model.addAttribute("panels", panels(user, page));
		return "home";
	}

	/** Every module's panels, a panel given twice (by two modules, or for two roles) joined into one, by order. */
	private List<Panel> panels(CurrentUser user, Page page) {
		var byId = new LinkedHashMap<String, Panel>();
		for (var module : homePanels) {
			for (var panel : module.panels(user, page)) {
				byId.merge(panel.id(), panel, HomeController::join);
			}
		}
		var panels = new ArrayList<>(byId.values());
		panels.sort(Comparator.comparingInt(Panel::order));
		return panels;
	}

	private static Panel join(Panel first, Panel second) {
		var lines = new ArrayList<>(first.lines());
		second.lines().stream().filter(line -> !lines.contains(line)).forEach(lines::add);
		return new Panel(first.id(), first.title(), lines, first.more() != null ? first.more() : second.more(),
				first.empty(), first.order());
	}
}
