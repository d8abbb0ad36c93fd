package nl.samenspel.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

import nl.samenspel.IntegrationTest;

/**
 * The indexed request mapping answers exactly what Spring's own lookup answers: for every path pattern of every
 * handler method of the application, with its methods and with a method it does not take, and for paths that match
 * nothing. A difference would send a request to another handler than Spring would (or past the role rule declared on
 * the right one).
 */
class IndexedHandlerMappingTests extends IntegrationTest {

	@Autowired
	@org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mapping;

	@Test
	void theApplicationUsesTheIndexedMapping() {
		assertThat(mapping).isInstanceOf(IndexedHandlerMapping.class);
		var indexed = (IndexedHandlerMapping) mapping;
		// a path with a variable is answered from the index, a direct path by Spring
		assertThat(indexed.usesIndex("/kiosk/child/" + UUID.randomUUID())).isTrue();
		assertThat(indexed.usesIndex("/children/" + UUID.randomUUID())).isTrue();
		assertThat(indexed.usesIndex("/kiosk")).isFalse();
		assertThat(indexed.usesIndex("/ki%6Fsk/child/x")).isFalse();
	}

	@Test
	void answersWhatSpringAnswersForEveryRoute() throws Exception {
		var indexed = (IndexedHandlerMapping) mapping;
		var requests = new ArrayList<MockHttpServletRequest>();
		indexed.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().forEach(pattern -> {
			var path = concrete(pattern);
			var methods = info.getMethodsCondition().getMethods().isEmpty() ? List.of(RequestMethod.GET)
					: List.copyOf(info.getMethodsCondition().getMethods());
			methods.forEach(method -> requests.add(request(method.name(), path)));
			requests.add(request("DELETE", path));
			requests.add(request("HEAD", path));
			requests.add(request("GET", path + "/nothing/here"));
		}));
		for (var path : List.of("/", "/nothing", "/kiosk/child/not-an-id", "/children/" + UUID.randomUUID() + "/x/y",
				"/api/v1/children/abc", "/kind/ideeen/" + UUID.randomUUID() + "/picture", "/%6Biosk/child/1")) {
			requests.add(request("GET", path));
			requests.add(request("POST", path));
		}
		assertThat(requests).hasSizeGreaterThan(1000);
		var compared = 0;
		for (var request : requests) {
			var expected = outcome(() -> indexed.springLookup(copy(request)));
			var actual = outcome(() -> indexed.indexedLookup(copy(request)));
			assertThat(actual).as(request.getMethod() + " " + request.getRequestURI()).isEqualTo(expected);
			compared++;
		}
		assertThat(compared).isEqualTo(requests.size());
	}

	/**
	 * Where several mappings match one path (the same pattern for HTML and JSON, a pattern that starts with a variable),
	 * the index picks the one Spring picks; none of the application's own routes overlap like that today.
	 */
	@Test
	void picksTheBestOfSeveralMatchesAsSpringDoes() throws Exception {
		var context = new org.springframework.web.context.support.StaticWebApplicationContext();
		context.setServletContext(new org.springframework.mock.web.MockServletContext());
		context.registerSingleton("overlapping", Overlapping.class);
		context.refresh();
		var overlapping = new IndexedHandlerMapping();
		overlapping.setApplicationContext(context);
		overlapping.afterPropertiesSet();
		var seen = new java.util.HashSet<String>();
		for (var accept : List.of("text/html", "application/json", "*/*", "application/pdf")) {
			for (var path : List.of("/overlap/1", "/overlap/new", "/overlap/1/x", "/other/1", "/overlap")) {
				var spring = lookup(overlapping, path, accept, true);
				assertThat(lookup(overlapping, path, accept, false)).as(accept + " " + path).isEqualTo(spring);
				seen.add(spring);
			}
		}
		// the cases reach every handler, so the ordering of several matches was compared
		assertThat(seen).anyMatch(it -> it.contains("json")).anyMatch(it -> it.contains("html"))
			.anyMatch(it -> it.contains("anySection")).anyMatch(it -> it.contains("fresh"));
		assertThat(overlapping.usesIndex("/overlap/1")).isTrue();
	}

	private static String lookup(IndexedHandlerMapping mapping, String path, String accept, boolean spring) {
		var request = new MockHttpServletRequest("GET", path);
		request.addHeader("Accept", accept);
		ServletRequestPathUtils.parseAndCache(request);
		return outcome(() -> spring ? mapping.springLookup(request) : mapping.indexedLookup(request));
	}

	@org.springframework.stereotype.Controller
	static class Overlapping {

		@org.springframework.web.bind.annotation.GetMapping(path = "/overlap/{id}", produces = "text/html")
		String html() {
			return "html";
		}

		@org.springframework.web.bind.annotation.GetMapping(path = "/overlap/{id}", produces = "application/json")
		String json() {
			return "json";
		}

		@org.springframework.web.bind.annotation.GetMapping("/overlap/new")
		String fresh() {
			return "new";
		}

		@org.springframework.web.bind.annotation.GetMapping("/{section}/{id}")
		String anySection() {
			return "any";
		}
	}

	private static String concrete(String pattern) {
		return pattern.replaceAll("\\{\\*[^}]+}", "rest/of/path").replaceAll("\\{id}", UUID.randomUUID().toString())
			.replaceAll("\\{[^}]*[Ii]d}", UUID.randomUUID().toString()).replaceAll("\\{[^}]+}", "x")
			.replace("/**", "/a/b").replace("*", "a");
	}

	private static MockHttpServletRequest request(String method, String path) {
		var request = new MockHttpServletRequest(method, path);
		request.addHeader("Accept", "text/html,application/json;q=0.9,*/*;q=0.8");
		return request;
	}

	private static MockHttpServletRequest copy(MockHttpServletRequest original) {
		var request = request(original.getMethod(), original.getRequestURI());
		ServletRequestPathUtils.parseAndCache(request);
		return request;
	}

	interface Lookup {
		Object find() throws Exception;
	}

	/** The handler method found, or the kind of refusal (no handler, method not allowed, media type). */
	private static String outcome(Lookup lookup) {
		try {
			var found = lookup.find();
			return found == null ? "none" : found.toString();
		}
		catch (Exception refused) {
			return refused.getClass().getName();
		}
	}
}
