package nl.samenspel.children;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the programme shows of a child on an enrolment or attendance list: the first name, the last name only for
 * staff, the date of birth (for the age on the day), whether the guardians allowed registration, and, for those who
 * may see health information, whether there is something to know for safety (allergies, medication or a diet) and
 * whether there is an emergency contact. The flags say that there is something, never what it is.
 */
public record ChildCard(UUID id, String firstName, @Nullable String lastName, LocalDate dateOfBirth, Gender gender,
		@Nullable UUID neighbourhoodId, boolean active, boolean mayRegister, boolean safetyNotes,
		boolean emergencyContact) {

	public String name() {
		return lastName == null ? firstName : firstName + " " + lastName;
	}

	public int ageOn(LocalDate day) {
		return java.time.Period.between(dateOfBirth, day).getYears();
	}
}
