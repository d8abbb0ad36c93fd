package nl.samenspel.signals;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.samenspel.kernel.SealedColumn;

/** The columns this module seals: the nightly resealing after a key rotation covers them. */
@Configuration(proxyBeanMethods = false)
class SignalsSealedColumns {

	@Bean
	SealedColumn signalFacts() {
		return new SealedColumn("signal", "id", "facts");
	}

	@Bean
	SealedColumn signalSource() {
		return new SealedColumn("signal", "id", "source");
	}

	@Bean
	SealedColumn caseEntryContent() {
		return new SealedColumn("case_entry", "id", "content");
	}

	@Bean
	SealedColumn caseEntryReference() {
		return new SealedColumn("case_entry", "id", "reference");
	}
}
