package nl.samenspel.participation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.samenspel.kernel.SealedColumn;

/** The columns of children's questions this module seals: the nightly resealing after a key rotation covers them. */
@Configuration(proxyBeanMethods = false)
class QuestionSealedColumns {

	@Bean
	SealedColumn participationQuestionText() {
		return new SealedColumn("participation_question", "id", "question_text");
	}

	@Bean
	SealedColumn participationQuestionAnswer() {
		return new SealedColumn("participation_question", "id", "answer_text");
	}
}
