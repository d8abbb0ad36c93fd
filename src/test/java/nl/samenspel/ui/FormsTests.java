package nl.samenspel.ui;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;

import nl.samenspel.kernel.FieldRejected;

import static org.assertj.core.api.Assertions.assertThat;

/** The one way a page form is submitted: the action runs only for a valid form, and a rejection lands on its field. */
class FormsTests {

	record Details(String name, String code) {
	}

	@Test
	void runsTheActionForAValidForm() {
		var errors = new BeanPropertyBindingResult(new Details("Roos", "GM0363"), "details");

		assertThat(Forms.submit(errors, () -> "redirect:/done")).contains("redirect:/done");
		assertThat(errors.hasErrors()).isFalse();
	}

	@Test
	void putsTheServicesRejectionNextToItsField() {
		var errors = new BeanPropertyBindingResult(new Details("Roos", "GM0363"), "details");

		var result = Forms.submit(errors, () -> {
			throw new FieldRejected("code", "municipality.codeTaken");
		});

		assertThat(result).isEmpty();
		assertThat(errors.getFieldError("code")).isNotNull();
		assertThat(errors.getFieldError("code").getCode()).isEqualTo("municipality.codeTaken");
		assertThat(errors.getFieldError("name")).isNull();
	}

	@Test
	void doesNotRunTheActionWhenTheFormHasErrors() {
		var errors = new BeanPropertyBindingResult(new Details("", "GM0363"), "details");
		errors.rejectValue("name", "NotBlank");
		var runs = new AtomicInteger();

		var result = Forms.submit(errors, () -> "redirect:/" + runs.incrementAndGet());

		assertThat(result).isEmpty();
		assertThat(runs).hasValue(0);
	}

	@Test
	void letsOtherFailuresThrough() {
		var errors = new BeanPropertyBindingResult(new Details("Roos", "GM0363"), "details");

		org.assertj.core.api.Assertions.assertThatIllegalStateException()
			.isThrownBy(() -> Forms.submit(errors, () -> {
				throw new IllegalStateException("boom");
			}));
		assertThat(errors.hasErrors()).isFalse();
	}
}
