package nl.samenspel.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Spring MVC's request mapping, with the handler methods indexed by the first segment of their path.
 * <p>
 * For a path with a variable ({@code /kiosk/child/{id}}), Spring tries every one of the application's 400-odd
 * mappings in turn, checking method, params, headers and media types before the path, through a request wrapped by
 * every filter: on the kiosk benchmark that was 43 % of the application's CPU time. Here such a request is matched
 * against the mappings that can match its first segment ({@code kiosk}) and those that start with a variable or a
 * wildcard, with Spring's own matching, ordering and {@code handleMatch}. Everything else goes to Spring's lookup
 * unchanged: a direct path, a CORS pre-flight, a path with an encoded character or a path parameter in its first
 * segment, an ambiguous match, and a request that matches nothing here (so 404, 405 and 415 are Spring's).
 * {@code IndexedHandlerMappingTests} holds the two lookups together for every route of the application.
 */
class IndexedHandlerMapping extends RequestMappingHandlerMapping {

	/** The mappings per literal first segment, those whose first segment is not literal, and the direct paths. */
	private record Index(Map<String, List<Map.Entry<RequestMappingInfo, HandlerMethod>>> bySegment,
			List<Map.Entry<RequestMappingInfo, HandlerMethod>> anySegment, Set<String> directPaths) {
	}

	private volatile @Nullable Index index;

	@Override
	protected void registerHandlerMethod(Object handler, java.lang.reflect.Method method, RequestMappingInfo mapping) {
		super.registerHandlerMethod(handler, method, mapping);
		this.index = null;
	}

	@Override
	public void registerMapping(RequestMappingInfo mapping, Object handler, java.lang.reflect.Method method) {
		super.registerMapping(mapping, handler, method);
		this.index = null;
	}

	@Override
	public void unregisterMapping(RequestMappingInfo mapping) {
		super.unregisterMapping(mapping);
		this.index = null;
	}

	@Override
	protected @Nullable HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request)
			throws Exception {
		var index = index();
		var segment = firstSegment(lookupPath);
		if (segment == null || index.directPaths().contains(lookupPath) || CorsUtils.isPreFlightRequest(request)) {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		var matches = new ArrayList<Map.Entry<RequestMappingInfo, HandlerMethod>>();
		addMatches(index.bySegment().getOrDefault(segment, List.of()), request, matches);
		addMatches(index.anySegment(), request, matches);
		if (matches.isEmpty()) {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		var best = matches.get(0);
		if (matches.size() > 1) {
			var comparator = getMappingComparator(request);
			matches.sort((one, other) -> comparator.compare(one.getKey(), other.getKey()));
			best = matches.get(0);
			if (comparator.compare(best.getKey(), matches.get(1).getKey()) == 0) {
				// Spring reports the ambiguity itself
				return super.lookupHandlerMethod(lookupPath, request);
			}
		}
		request.setAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE, best.getValue());
		handleMatch(best.getKey(), lookupPath, request);
		return best.getValue();
	}

	/** What this mapping answers for the request, and what Spring's own lookup answers: for the tests. */
	@Nullable HandlerMethod indexedLookup(HttpServletRequest request) throws Exception {
		return lookupHandlerMethod(initLookupPath(request), request);
	}

	@Nullable HandlerMethod springLookup(HttpServletRequest request) throws Exception {
		return super.lookupHandlerMethod(initLookupPath(request), request);
	}

	/** Whether a path is looked up in the index (rather than handed to Spring's lookup): for the tests. */
	boolean usesIndex(String lookupPath) {
		return firstSegment(lookupPath) != null && !index().directPaths().contains(lookupPath);
	}

	private void addMatches(List<Map.Entry<RequestMappingInfo, HandlerMethod>> candidates, HttpServletRequest request,
			List<Map.Entry<RequestMappingInfo, HandlerMethod>> matches) {
		for (var candidate : candidates) {
			var match = getMatchingMapping(candidate.getKey(), request);
			if (match != null) {
				matches.add(Map.entry(match, candidate.getValue()));
			}
		}
	}

	private Index index() {
		var current = this.index;
		if (current == null) {
			var bySegment = new HashMap<String, List<Map.Entry<RequestMappingInfo, HandlerMethod>>>();
			var anySegment = new ArrayList<Map.Entry<RequestMappingInfo, HandlerMethod>>();
			var directPaths = new HashSet<String>();
			getHandlerMethods().forEach((info, handler) -> {
				directPaths.addAll(info.getDirectPaths());
				var entry = Map.entry(info, handler);
				var segments = new HashSet<String>();
				var literal = !info.getPatternValues().isEmpty();
				for (var pattern : info.getPatternValues()) {
					var segment = firstSegment(pattern);
					if (segment == null || segment.contains("{") || segment.contains("*") || segment.contains("?")) {
						literal = false;
						break;
					}
					segments.add(segment);
				}
				if (literal) {
					segments.forEach(segment -> bySegment.computeIfAbsent(segment, key -> new ArrayList<>()).add(entry));
				}
				else {
					anySegment.add(entry);
				}
			});
			current = new Index(Map.copyOf(bySegment), List.copyOf(anySegment), Set.copyOf(directPaths));
			this.index = current;
		}
		return current;
	}

	/** The first segment of a path as it is written, or null where matching might decode or strip it. */
	static @Nullable String firstSegment(String path) {
		if (!path.startsWith("/")) {
			return null;
		}
		var end = path.indexOf('/', 1);
		var segment = end < 0 ? path.substring(1) : path.substring(1, end);
		return segment.indexOf('%') >= 0 || segment.indexOf(';') >= 0 ? null : segment;
	}
}
