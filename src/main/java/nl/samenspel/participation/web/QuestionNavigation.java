package nl.samenspel.participation.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.samenspel.kernel.Role;
import nl.samenspel.ui.NavigationGroup;
import nl.samenspel.ui.NavigationItem;

/** The children's questions in the main navigation. */
@Configuration(proxyBeanMethods = false)
class QuestionNavigation {

	@Bean
	NavigationItem participationQuestionsNavigationItem() {
		return new NavigationItem(NavigationGroup.PARTICIPATION, "participation.questions.nav", "/participation/questions", 19,
				Set.of(Role.COORDINATOR, Role.WORKER, Role.SAFEGUARDING_OFFICER));
	}
}
