package nl.samenspel.kernel;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Text a person types in a one-line field: any letters of any script, digits and punctuation, but no markup
 * ({@code <} or {@code >}) and no control characters. Pages escape everything anyway; this keeps stored names clean
 * for every export and e-mail they end up in.
 */
@Documented
@Constraint(validatedBy = PlainText.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD,
		ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

	String message() default "{validation.plainText}";

	/** Whether line breaks and tabs are allowed (notes typed in a text area). */
	boolean multiline() default false;

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<PlainText, String> {

		private boolean multiline;

		@Override
		public void initialize(PlainText annotation) {
			this.multiline = annotation.multiline();
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null) {
				return true;
			}
			return value.codePoints().noneMatch(c -> c == '<' || c == '>'
					|| (Character.isISOControl(c) && !(multiline && (c == '\n' || c == '\r' || c == '\t')))
					|| Character.getType(c) == Character.UNASSIGNED || Character.getType(c) == Character.PRIVATE_USE);
		}
	}
}
