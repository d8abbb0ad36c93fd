package nl.samenspel.ui;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.validation.Errors;

import nl.samenspel.kernel.FieldRejected;

/**
 * How every page form is submitted: when the form passed its format checks, the action runs; when the service
 * rejects the input ({@link FieldRejected}), the rejection goes next to its field and nothing has changed. The empty
 * result means "show the form again with its messages":
 *
 * <pre>
 * return Forms.submit(errors, () -&gt; {
 * 	var child = management.register(CurrentUser.required(), details);
 * 	redirect.addFlashAttribute("notice", "children.saved");
 * 	return "redirect:/children/" + child.getId();
 * }).orElseGet(() -&gt; form(details, FieldMessages.of(errors, page.messages()), model));
 * </pre>
 */
public final class Forms {

	private Forms() {
	}

	/** The action's result (a redirect, usually), or empty when the form has errors, including the service's. */
	public static <T> Optional<T> submit(Errors errors, Supplier<T> action) {
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		try {
			return Optional.of(action.get());
		}
		catch (FieldRejected rejected) {
			errors.rejectValue(rejected.field(), rejected.messageKey(), rejected.arguments(), null);
			return Optional.empty();
		}
	}
}
