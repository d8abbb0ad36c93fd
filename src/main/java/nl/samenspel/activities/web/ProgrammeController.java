package nl.samenspel.activities.web;

import java.time.DayOfWeek;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import nl.samenspel.activities.PublicProgramme;
import nl.samenspel.activities.Task;
import nl.samenspel.activities.Theme;
import nl.samenspel.organisation.OrganisationManagement;
import nl.samenspel.ui.Option;
import nl.samenspel.ui.OptionGroup;
import nl.samenspel.ui.Options;
import nl.samenspel.ui.Page;
import nl.samenspel.ui.Pager;

/**
 * The public programme at {@code /programma}: no sign-in, nothing about children. Filters are plain query
 * parameters (Dutch, as the address is shared with parents): {@code organisatie}, {@code buurt}, {@code leeftijd},
 * {@code dag}, {@code thema}, {@code taak}, {@code gratis}. Values that make no sense are ignored, never an error.
 */
@Controller
@RequestMapping("/programma")
class ProgrammeController {

	private static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

	private final PublicProgramme programme;
	private final OrganisationManagement organisations;

	ProgrammeController(PublicProgramme programme, OrganisationManagement organisations) {
		this.programme = programme;
		this.organisations = organisations;
	}

	@GetMapping
	String list(@RequestParam(name = "organisatie", required = false) @Nullable String organisation,
			@RequestParam(name = "buurt", required = false) @Nullable String neighbourhood,
			@RequestParam(name = "leeftijd", required = false) @Nullable String age,
			@RequestParam(name = "dag", required = false) @Nullable String day,
			@RequestParam(name = "thema", required = false) @Nullable String theme,
			@RequestParam(name = "taak", required = false) @Nullable String task,
			@RequestParam(name = "gratis", defaultValue = "false") String free,
			@RequestParam(defaultValue = "0") String page, @ModelAttribute("page") Page view, Model model) {
		var organisationId = uuid(organisation);
		var neighbourhoodId = uuid(neighbourhood);
		var years = number(age);
		if (years != null && (years < 0 || years > 18)) {
			years = null;
		}
		var weekday = constant(DayOfWeek.class, day);
		var themeValue = constant(Theme.class, theme);
		var taskValue = constant(Task.class, task);
		var freeOnly = "true".equals(free);
		var filter = new PublicProgramme.Filter(organisationId, neighbourhoodId, years, weekday, themeValue, taskValue,
				freeOnly);
		var pageNumber = number(page);
		var result = programme.upcoming(filter, PageRequest.of(pageNumber == null ? 0 : Math.max(0, Math.min(pageNumber, 10_000)), 20));
		var builder = UriComponentsBuilder.fromPath("/programma");
		if (organisationId != null) {
			builder.queryParam("organisatie", organisationId);
		}
		if (neighbourhoodId != null) {
			builder.queryParam("buurt", neighbourhoodId);
		}
		if (years != null) {
			builder.queryParam("leeftijd", years);
		}
		if (weekday != null) {
			builder.queryParam("dag", weekday);
		}
		if (themeValue != null) {
			builder.queryParam("thema", themeValue);
		}
		if (taskValue != null) {
			builder.queryParam("taak", taskValue);
		}
		if (freeOnly) {
			builder.queryParam("gratis", true);
		}
		var messages = view.messages();
		var active = organisations.activeOrganisations();
		var organisationOptions = active.stream()
			.map(it -> new Option(it.getId().toString(), it.getName(), it.getId().equals(organisationId))).toList();
		var neighbourhoodGroups = neighbourhoodGroups(
				organisationId == null ? active.stream().map(it -> it.getId()).toList() : List.of(organisationId),
				neighbourhoodId, messages.locale());
		var days = java.util.Arrays.stream(DayOfWeek.values())
			.map(it -> new Option(it.name(), it.getDisplayName(java.time.format.TextStyle.FULL, messages.locale()), it == weekday))
			.toList();
		model.addAttribute("programme", new Views.ProgrammePage(result.getContent(), Pager.of(result, builder),
				organisationOptions, neighbourhoodGroups, days,
				Options.enumOptions(Theme.class, "theme.", messages, themeValue),
				Options.enumOptions(Task.class, "task.", messages, taskValue), years == null ? "" : years.toString(),
				freeOnly, organisationId, neighbourhoodId));
		return "activities/programme";
	}

	/**
	 * The active neighbourhoods of the organisations, grouped by municipality (one group per municipality name, also
	 * when two organisations each keep that municipality) and sorted as the language sorts, groups and names alike.
	 */
	private List<OptionGroup> neighbourhoodGroups(List<UUID> organisationIds, @Nullable UUID selected,
			java.util.Locale locale) {
		var neighbourhoods = organisations.neighbourhoodsOf(organisationIds).stream().filter(it -> it.isActive()).toList();
		var municipalities = new java.util.HashMap<UUID, String>();
		organisations.municipalitiesById(neighbourhoods.stream().map(it -> it.getMunicipalityId()).distinct().toList())
			.forEach(it -> municipalities.put(it.getId(), it.getName()));
		var collator = java.text.Collator.getInstance(locale);
		var groups = new java.util.TreeMap<String, List<Option>>(collator);
		neighbourhoods.forEach(it -> groups
			.computeIfAbsent(municipalities.getOrDefault(it.getMunicipalityId(), ""), name -> new java.util.ArrayList<>())
			.add(new Option(it.getId().toString(), it.getName(), it.getId().equals(selected))));
		return groups.entrySet().stream()
			.map(group -> new OptionGroup(group.getKey(), group.getValue().stream()
				.sorted(java.util.Comparator.comparing(Option::label, collator)).toList()))
			.toList();
	}

	@GetMapping("/activiteit/{id}")
	String activity(@PathVariable UUID id, @ModelAttribute("page") Page page, Model model) {
		model.addAttribute("programmeActivity", new Views.ProgrammeActivity(programme.activity(id), page.lang()));
		return "activities/programmeActivity";
	}

	@GetMapping("/activiteit/{id}/agenda.ics")
	ResponseEntity<String> activityFeed(@PathVariable UUID id, HttpServletRequest request) {
		return feed(programme.activityCalendar(id, base(request)), "samenspel-activiteit-" + id);
	}

	@GetMapping("/organisatie/{id}/agenda.ics")
	ResponseEntity<String> organisationFeed(@PathVariable UUID id, HttpServletRequest request) {
		return feed(programme.calendar(id, null, base(request)), "samenspel-" + id);
	}

	@GetMapping("/buurt/{id}/agenda.ics")
	ResponseEntity<String> neighbourhoodFeed(@PathVariable UUID id, HttpServletRequest request) {
		return feed(programme.calendar(null, id, base(request)), "samenspel-buurt-" + id);
	}

	private static ResponseEntity<String> feed(String calendar, String name) {
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(15)).cachePublic())
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + name + ".ics\"")
			.body(calendar);
	}

	private static String base(HttpServletRequest request) {
		return UriComponentsBuilder.fromUriString(request.getRequestURL().toString()).replacePath("").replaceQuery(null)
			.build().toUriString();
	}

	private static @Nullable UUID uuid(@Nullable String value) {
		try {
			return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException notAnId) {
			return null;
		}
	}

	private static @Nullable Integer number(@Nullable String value) {
		try {
			return value == null || value.isBlank() || value.length() > 6 ? null : Integer.valueOf(value.strip());
		}
		catch (NumberFormatException notANumber) {
			return null;
		}
	}

	private static <E extends Enum<E>> @Nullable E constant(Class<E> type, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			return null;
		}
	}
}
