package nl.samenspel.organisation;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.samenspel.kernel.PublicRoutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Plain rules, without Spring: which routes a module may open to everyone in the security filter chain. */
class PublicRoutesTests {

	@Test
	void takesEveryModulesPatternsOnceInAFixedOrder() {
		PublicRoutes programme = () -> Set.of("/programma/**", "/programma");
		PublicRoutes signIn = () -> Set.of("/login", "/password-reset/**");

		assertThat(SecurityConfiguration.publicPatterns(List.of(programme, signIn, programme)))
			.containsExactly("/login", "/password-reset/**", "/programma", "/programma/**");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/**", "/*", "/*/activiteit", "/{id}", "programma", "", "/", "//programma" })
	void refusesAPatternThatCouldOpenOtherModulesRoutes(String pattern) {
		PublicRoutes greedy = () -> Set.of(pattern);

		assertThatThrownBy(() -> SecurityConfiguration.publicPatterns(List.of(greedy)))
			.isInstanceOf(IllegalStateException.class);
	}
}
