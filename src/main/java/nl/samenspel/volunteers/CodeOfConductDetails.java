package nl.samenspel.volunteers;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import nl.samenspel.kernel.PlainText;

/** The code of conduct a volunteer signed: the day and the version of the text. */
public record CodeOfConductDetails(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate signedOn,
		@NotBlank @Size(max = 40) @PlainText @Nullable String version) {
}
