package nl.samenspel.organisation;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.samenspel.IntegrationTest;
import nl.samenspel.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /actuator/health} tells a load balancer (and the browser tests) when to send users: not before the demo
 * users exist. Two runners of the test ask it over HTTP while the application starts, one before the demo data
 * is loaded and one after every loader has run; both must hear "not ready" (503), and the started application
 * answers UP. A database of its own, so the demo is loaded during this start and not by an earlier one.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ReadinessTests extends IntegrationTest {

	static final String DATABASE = "samenspel_test_readiness";

	static final List<String> HEARD = new ArrayList<>();

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		TestDatabase.own(registry, DATABASE);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Listening {

		@Bean
		@Order(Ordered.HIGHEST_PRECEDENCE)
		ApplicationRunner beforeTheDemo(WebServerApplicationContext context, JdbcClient jdbc) {
			return arguments -> HEARD.add("before " + users(jdbc) + " " + health(context.getWebServer().getPort()));
		}

		@Bean
		@Order(Ordered.LOWEST_PRECEDENCE)
		ApplicationRunner afterTheDemo(WebServerApplicationContext context, JdbcClient jdbc) {
			return arguments -> HEARD.add("after " + users(jdbc) + " " + health(context.getWebServer().getPort()));
		}

		private static String users(JdbcClient jdbc) {
			return jdbc.sql("select count(*) from app_user where username = 'coordinator'").query(Integer.class).single()
					+ "-users";
		}
	}

	@Test
	void isNotReadyUntilTheDemoUsersExist() throws Exception {
		assertThat(HEARD).as("while starting").containsExactly("before 0-users 503", "after 1-users 503");
		assertThat(health(port)).isEqualTo("200");
		var body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
			.build(), HttpResponse.BodyHandlers.ofString()).body();
		assertThat(body).contains("\"status\":\"UP\"");
	}

	static String health(int port) {
		try {
			var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
					+ "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
			return String.valueOf(response.statusCode());
		}
		catch (Exception e) {
			return e.getClass().getSimpleName();
		}
	}
}
