package nl.samenspel.ui;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Hands every page its {@link Page}. A flash attribute {@code notice} (a message key) becomes the page's notice.
 * JSON endpoints get none: they never render a page.
 */
@ControllerAdvice(annotations = Controller.class)
class PageAdvice {

	private final Pages pages;

	PageAdvice(Pages pages) {
		this.pages = pages;
	}

	@ModelAttribute("page")
	Page page(HttpServletRequest request, Model model) {
		return pages.create(request, (String) model.getAttribute("notice"));
	}
}
