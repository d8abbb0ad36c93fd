package nl.samenspel.ui;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

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
	@org.jspecify.annotations.Nullable
	Page page(HttpServletRequest request, Model model) {
		if (request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler
				&& AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class)) {
			return null;
		}
		return pages.create(request, (String) model.getAttribute("notice"));
	}
}
