package nl.samenspel;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module shape of ARCHITECTURE.md holds: no cycles, no module reaching into another's internals, only declared
 * dependencies. Writes the module documentation (a C4 component diagram per module and a canvas) to docs/modules.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(SamenspelApplication.class);

	@Test
	void verifiesModuleStructure() {
		MODULES.verify();
	}

	@Test
	void knowsTheFoundationModules() {
		assertThat(MODULES.stream().map(module -> module.getIdentifier().toString()))
			.contains("organisation", "audit", "ui");
	}

	@Test
	void writesModuleDocumentation() throws java.io.IOException {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();

		var overview = java.nio.file.Path.of("docs/modules/components.puml");
		assertThat(java.nio.file.Files.readString(overview)).contains("Organisation").contains("Audit");
		for (var module : java.util.List.of("organisation", "audit", "ui")) {
			assertThat(java.nio.file.Path.of("docs/modules/module-" + module + ".puml")).exists();
		}
	}
}
