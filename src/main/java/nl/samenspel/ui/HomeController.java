package nl.samenspel.ui;

import java.util.EnumSet;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.Role;

/** The start page after signing in: the user's own navigation as large tiles, easy to tap on a phone. */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		// a child signed in with their own login has pages of their own
		var user = CurrentUser.current();
		if (user != null && user.roles().equals(EnumSet.of(Role.CHILD))) {
			return "redirect:/kind";
		}
		return "home";
	}
}
