package nl.samenspel.organisation;

import java.net.URI;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;

import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile requests for any route, made from its handler method's signature ({@code HandlerMethod.getMethodParameters()})
 * so a new endpoint needs no hand work: path variables replaced by garbage, huge, percent-encoded nonsense or
 * another organisation's ids; query and form parameters ({@code @RequestParam}, the fields of a form object) and the
 * fields of a JSON body ({@code @RequestBody}) filled with values of the wrong type, huge strings, markup and
 * control characters; JSON that is broken or of the wrong shape; an upload that is no image or table.
 */
final class HostileRequests {

	/** What is wrong with the request. */
	enum Kind {
		/** Words where ids, numbers, dates and enums belong; broken JSON. */
		GARBAGE,
		/** Ids, numbers and strings far longer than anything valid; a JSON body of huge strings. */
		HUGE,
		/** Percent-encoded nonsense in the path; NUL, markup and encoded bytes in every value. */
		ENCODED,
		/** Another organisation's ids wherever an id goes; SQL in strings; the JSON body of the right shape. */
		FOREIGN,
		/** Each field of the wrong JSON type (an object for a string, a string for a number); impossible dates. */
		WRONG_TYPES
	}

	static final String HUGE = "9".repeat(20_000);

	/** Written into a JSON body as the escape of a lone surrogate, which a JSON parser accepts and a form cannot carry. */
	private static final String LONE_SURROGATE = "LONE-SURROGATE";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private HostileRequests() {
	}

	/** A value the request carries: its name, its Java type and where it goes. */
	record Input(String name, Class<?> type, Where where) {
	}

	enum Where {
		PARAMETER, BODY, BODY_LIST, FILE
	}

	/** What the handler method reads from the request, by the annotations and types of its parameters. */
	static List<Input> inputs(Routes.Route route) {
		var inputs = new ArrayList<Input>();
		for (var parameter : route.handler().getMethodParameters()) {
			parameter = parameter.withContainingClass(route.handler().getBeanType());
			var type = parameter.getParameterType();
			if (parameter.hasParameterAnnotation(PathVariable.class) || parameter.hasParameterAnnotation(RequestHeader.class)
					|| parameter.hasParameterAnnotation(CookieValue.class)) {
				continue;
			}
			if (MultipartFile.class.isAssignableFrom(type) || parameter.hasParameterAnnotation(RequestPart.class)) {
				inputs.add(new Input(name(parameter), MultipartFile.class, Where.FILE));
			}
			else if (parameter.hasParameterAnnotation(RequestBody.class)) {
				var element = Collection.class.isAssignableFrom(type)
						? ResolvableType.forMethodParameter(parameter).asCollection().resolveGeneric(0) : type;
				var where = Collection.class.isAssignableFrom(type) ? Where.BODY_LIST : Where.BODY;
				var fields = fields(element == null ? Object.class : element);
				if (fields.isEmpty()) {
					inputs.add(new Input("", element == null ? Object.class : element, where));
				}
				fields.forEach((name, fieldType) -> inputs.add(new Input(name, fieldType, where)));
			}
			else if (Pageable.class.isAssignableFrom(type)) {
				inputs.add(new Input("page", Integer.class, Where.PARAMETER));
				inputs.add(new Input("size", Integer.class, Where.PARAMETER));
				inputs.add(new Input("sort", String.class, Where.PARAMETER));
			}
			else if (parameter.hasParameterAnnotation(RequestParam.class) || simple(type)) {
				if (!Map.class.isAssignableFrom(type)) {
					inputs.add(new Input(name(parameter), element(parameter), Where.PARAMETER));
				}
			}
			else if (!framework(type)) {
				// a form object (@ModelAttribute, with or without the annotation): its fields are request parameters
				fields(type).forEach((name, fieldType) -> inputs.add(new Input(name, fieldType, Where.PARAMETER)));
			}
		}
		return inputs;
	}

	/** The request of the given kind for the route; {@code foreign} gives an id of another organisation. */
	static AbstractMockHttpServletRequestBuilder<?> request(Routes.Route route, Kind kind, Supplier<UUID> foreign) {
		var inputs = inputs(route);
		var uri = URI.create(path(route, kind, foreign));
		var upload = inputs.stream().anyMatch(input -> input.where() == Where.FILE);
		AbstractMockHttpServletRequestBuilder<?> builder;
		if (upload) {
			var multipart = MockMvcRequestBuilders.multipart(route.method(), uri);
			for (var input : inputs) {
				if (input.where() == Where.FILE) {
					var content = kind == Kind.HUGE ? new byte[3 * 1024 * 1024] : "GIF89a<?php ?>\u0000,;".getBytes();
					multipart.file(new MockMultipartFile(input.name(), "../../etc/passwd%00.png", "image/png", content));
				}
			}
			builder = multipart;
		}
		else {
			builder = MockMvcRequestBuilders.request(route.method(), uri);
		}
		for (var input : inputs) {
			if (input.where() == Where.PARAMETER) {
				builder.param(input.name(), value(input.type(), kind, foreign));
			}
		}
		// a parameter nobody asked for, in case a handler reads the whole map
		builder.param("onbekend" + kind.ordinal(), value(String.class, kind, foreign));
		var body = inputs.stream().filter(input -> input.where() == Where.BODY || input.where() == Where.BODY_LIST).toList();
		if (!body.isEmpty()) {
			builder.contentType(MediaType.APPLICATION_JSON).content(json(body, kind, foreign));
		}
		else if (route.method() != HttpMethod.GET && route.method() != HttpMethod.DELETE && kind == Kind.GARBAGE) {
			builder.contentType(MediaType.APPLICATION_JSON).content("{\"kapot\": [");
		}
		return builder;
	}

	/** The route's path with each path variable replaced, percent-encoded as a client would send it. */
	static String path(Routes.Route route, Kind kind, Supplier<UUID> foreign) {
		var path = route.pattern().replace("/**", "/x");
		for (var variable : route.variables()) {
			var value = switch (kind) {
				case GARBAGE -> "geen-id";
				case HUGE -> HUGE.substring(0, 4000);
				case ENCODED -> "%C0%AF%25%00..%2F..%2Fetc%2Fpasswd";
				case FOREIGN -> foreign.get().toString();
				case WRONG_TYPES -> "-1";
			};
			path = path.replaceFirst("\\{" + java.util.regex.Pattern.quote(variable) + "(:[^}]*)?}",
					java.util.regex.Matcher.quoteReplacement(value));
		}
		return path;
	}

	/** A hostile value for a parameter or field of the given type. */
	static String value(Class<?> type, Kind kind, Supplier<UUID> foreign) {
		var number = Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class);
		return switch (kind) {
			case GARBAGE -> number ? "twintig" : type == UUID.class ? "geen-id" : Temporal.class.isAssignableFrom(type)
					? "gisteren" : type.isEnum() ? "NIET_BESTAAND" : "onzin";
			case HUGE -> number || type == UUID.class || type.isEnum() ? HUGE : "x".repeat(50_000);
			case ENCODED -> "%C0%AF\u0000<script>alert(1)</script>%zz\uFFFF";
			case FOREIGN -> type == UUID.class ? foreign.get().toString() : number ? "-1"
					: "x' or '1'='1'; drop table child;--";
			case WRONG_TYPES -> number ? "1e309" : type == Boolean.class || type == boolean.class ? "misschien"
					: Temporal.class.isAssignableFrom(type) ? "2026-02-30" : type.isEnum() ? "a" : type == UUID.class
							? "00000000-0000-0000-0000-00000000000g" : "{\"a\":[1,2]}";
		};
	}

	private static String json(List<Input> body, Kind kind, Supplier<UUID> foreign) {
		if (kind == Kind.GARBAGE) {
			return "{\"kapot\": [";
		}
		var object = new LinkedHashMap<String, Object>();
		for (var input : body) {
			if (input.name().isEmpty()) {
				continue;
			}
			Object value = value(input.type(), kind, foreign);
			if (kind == Kind.WRONG_TYPES) {
				value = input.type() == String.class ? Map.of("a", List.of(1, 2)) : "twintig";
			}
			else if (kind == Kind.FOREIGN && Collection.class.isAssignableFrom(input.type())) {
				value = List.of(foreign.get().toString());
			}
			else if (kind == Kind.ENCODED && input.type() == String.class) {
				value = value + LONE_SURROGATE;
			}
			object.put(input.name(), value);
		}
		var list = body.stream().anyMatch(input -> input.where() == Where.BODY_LIST);
		return JSON.writeValueAsString(list ? List.of(object, object) : object).replace(LONE_SURROGATE, "\\ud800");
	}

	private static String name(MethodParameter parameter) {
		var param = parameter.getParameterAnnotation(RequestParam.class);
		if (param != null && !param.name().isEmpty()) {
			return param.name();
		}
		var part = parameter.getParameterAnnotation(RequestPart.class);
		if (part != null && !part.name().isEmpty()) {
			return part.name();
		}
		var name = parameter.getParameterName();
		return name == null ? "arg" + parameter.getParameterIndex() : name;
	}

	private static Class<?> element(MethodParameter parameter) {
		var type = parameter.getParameterType();
		if (Collection.class.isAssignableFrom(type)) {
			var element = ResolvableType.forMethodParameter(parameter).asCollection().resolveGeneric(0);
			return element == null ? String.class : element;
		}
		return type.isArray() ? type.getComponentType() : type;
	}

	/** The fields a form object or JSON body binds: a record's components or a bean's writable properties. */
	static Map<String, Class<?>> fields(Class<?> type) {
		var fields = new LinkedHashMap<String, Class<?>>();
		if (simple(type) || framework(type)) {
			return fields;
		}
		if (type.isRecord()) {
			for (var component : type.getRecordComponents()) {
				fields.put(component.getName(), component.getType());
			}
		}
		else {
			for (var property : BeanUtils.getPropertyDescriptors(type)) {
				if (property.getWriteMethod() != null) {
					fields.put(property.getName(), property.getPropertyType());
				}
			}
		}
		return fields;
	}

	private static boolean simple(Class<?> type) {
		return BeanUtils.isSimpleValueType(type) || type == UUID.class || Temporal.class.isAssignableFrom(type)
				|| (type.isArray() && BeanUtils.isSimpleValueType(type.getComponentType()));
	}

	/** What Spring, the servlet API or the layout hands a handler, which no request parameter fills. */
	private static boolean framework(Class<?> type) {
		var name = type.getName();
		return name.startsWith("org.springframework.") || name.startsWith("jakarta.") || name.startsWith("java.")
				|| name.startsWith("nl.samenspel.ui.") || name.startsWith("nl.samenspel.kernel.") || type == Object.class;
	}
}
