package nl.samenspel.children;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.samenspel.kernel.SealedColumn;

/** The columns this module seals (a child's health information): the nightly resealing after a key rotation covers them. */
@Configuration(proxyBeanMethods = false)
class ChildrenSealedColumns {

	@Bean
	SealedColumn allergies() {
		return new SealedColumn("safety_info", "child_id", "allergies");
	}

	@Bean
	SealedColumn medication() {
		return new SealedColumn("safety_info", "child_id", "medication");
	}

	@Bean
	SealedColumn diet() {
		return new SealedColumn("safety_info", "child_id", "diet");
	}

	@Bean
	SealedColumn medicalNotes() {
		return new SealedColumn("safety_info", "child_id", "medical_notes");
	}
}
