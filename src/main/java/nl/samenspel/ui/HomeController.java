package nl.samenspel.ui;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page after signing in: the user's own navigation as large tiles, easy to tap on a phone. */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "home";
	}
}
