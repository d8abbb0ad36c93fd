package nl.samenspel.volunteers.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import nl.samenspel.kernel.NotFound;
import nl.samenspel.volunteers.VolunteerFeeds;

/**
 * A volunteer's calendar feed at a secret address, for calendar apps, which cannot sign in ({@link FeedRoutes} opens
 * it): {@code text/calendar}, never cached by anything shared; an unknown or replaced token is 404.
 */
@Controller
class FeedController {

	static final String PATH = "/feeds/volunteer/";

	private static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private final VolunteerFeeds feeds;

	FeedController(VolunteerFeeds feeds) {
		this.feeds = feeds;
	}

	@GetMapping(PATH + "{token}.ics")
	ResponseEntity<String> feed(@PathVariable String token) {
		var calendar = feeds.calendar(token).orElseThrow(NotFound::new);
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(15)).cachePrivate())
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"samenspel-diensten.ics\"")
			.header("Referrer-Policy", "no-referrer")
			.body(calendar);
	}
}
