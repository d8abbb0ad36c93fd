package nl.samenspel.organisation;

import java.util.Optional;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Plain rules, without Spring: the password policy, when demo data loads, and the 4-12 estimate. */
class PolicyTests {

	final PasswordPolicy policy = new PasswordPolicy();

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			elf tekens!|validation.password.tooShort
			twaalf teken|
			Wachtwoord1234|validation.password.common
			WELKOMWELKOM|validation.password.common
			samenspel-demo|validation.password.common
			een zin die niemand raadt|
			""")
	void judgesPasswords(String password, String problem) {
		assertThat(policy.problem(password)).isEqualTo(Optional.ofNullable(problem));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			coord2coord2|validation.password.personal
			mijn COORD2 is geheim|validation.password.personal
			devries op vakantie|validation.password.personal
			ik werk bij zonnedal|validation.password.personal
			WELZIJN en wachtwoorden|validation.password.personal
			een zin die niemand raadt|
			de bij en het kind ook|
			""")
	void refusesPasswordsBuiltFromTheUserOrTheirOrganisation(String password, String problem) {
		var personal = PasswordPolicy.personal("coord2", "carlos.devries@welzijn.example", "Stichting Welzijn Zonnedal");

		assertThat(policy.problem(password, personal)).isEqualTo(Optional.ofNullable(problem));
	}

	@Test
	void takesOnlyPartsOfFourOrMoreCharactersAndTheLocalPartOfTheAddress() {
		assertThat(PasswordPolicy.personal("jan", "bo.de.vries@example.org", "De Bij")).containsExactlyInAnyOrder("vries");
		assertThat(policy.problem("example.org is mijn domein", PasswordPolicy.personal("jan", "bo@example.org", "Bij")))
			.as("the domain of an address is not personal").isEmpty();
	}

	@Test
	void countsCharactersNotBytesAndAllowsUpTo128() {
		assertThat(policy.problem("😀".repeat(11))).hasValue("validation.password.tooShort");
		assertThat(policy.problem("😀".repeat(12))).isEmpty();
		assertThat(policy.problem("a".repeat(128))).isEmpty();
		assertThat(policy.problem("a".repeat(129))).hasValue("validation.password.tooLong");
		assertThat(policy.problem("")).hasValue("validation.password.required");
		assertThat(policy.problem(null)).hasValue("validation.password.required");
	}

	@ParameterizedTest
	@CsvSource({
			"auto, jdbc:h2:file:./data/samenspel, true",
			"auto, jdbc:postgresql://db:5432/samenspel, false",
			"true, jdbc:postgresql://db:5432/samenspel, true",
			"false, jdbc:h2:mem:x, false" })
	void loadsDemoDataOnlyOnTheEmbeddedDatabaseOrWhenAskedFor(String setting, String url, boolean enabled) {
		assertThat(DemoMode.decide(setting, url)).isEqualTo(enabled);
	}

	@Test
	void estimatesNineOfFifteenAgeYears() {
		assertThat(Neighbourhood.estimate4to12(410)).isEqualTo(246);
		assertThat(Neighbourhood.estimate4to12(5)).isEqualTo(3);
		assertThat(Neighbourhood.estimate4to12(null)).isNull();
	}

	@Test
	void normalisesPostcodes() {
		assertThat(LocationDetails.normalisePostcode("1234ab")).isEqualTo("1234 AB");
		assertThat(LocationDetails.normalisePostcode(" 1234 AB ")).isEqualTo("1234 AB");
		assertThat(LocationDetails.normalisePostcode("")).isNull();
	}
}
