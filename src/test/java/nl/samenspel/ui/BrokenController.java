package nl.samenspel.ui;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** A page and an endpoint that fail the way a bug would, so the tests can see what a user is shown. */
@TestComponent
@Controller
public class BrokenController {

	@GetMapping("/test/broken")
	String brokenPage() {
		throw new IllegalStateException("secret detail zqxj that must never reach the user");
	}

	@GetMapping("/api/v1/test/broken")
	@ResponseBody
	String brokenApi() {
		throw new IllegalStateException("secret detail zqxj that must never reach the user");
	}
}
