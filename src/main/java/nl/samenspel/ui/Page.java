package nl.samenspel.ui;

import java.util.List;

import org.jspecify.annotations.Nullable;
import nl.samenspel.kernel.CurrentUser;

/**
 * Everything the shared layout needs, handed to every page as the model attribute {@code page}: the texts in the
 * request's language, who is signed in, the CSRF token for forms and htmx, the navigation and a one-off notice.
 */
public record Page(Messages messages, @Nullable CurrentUser user, @Nullable Csrf csrf, String path,
		String languageSwitch, List<NavigationItem> navigation, @Nullable String notice) {

	/** The CSRF token as forms ({@code parameterName}) and htmx ({@code headerName}) send it back. */
	public record Csrf(String parameterName, String headerName, String token) {
	}

	public String t(String key, Object... arguments) {
		return messages.t(key, arguments);
	}

	public String lang() {
		return messages.language();
	}

	/** The language a switch link offers: English on a Dutch page and the other way round. */
	public String otherLang() {
		return "en".equals(lang()) ? "nl" : "en";
	}

	/** A moment as a date and time on the Dutch clock, such as 6 dec. 2026 15:30 ({@link DateFormats}). */
	public String dateTime(java.time.@Nullable Instant instant) {
		return instant == null ? "–" : DateFormats.dateTime(instant, messages.locale());
	}

	/** A moment as a date on the Dutch calendar, such as 6 dec. 2026. */
	public String date(java.time.@Nullable Instant instant) {
		return instant == null ? "–" : DateFormats.date(instant, messages.locale());
	}

	/** A calendar day, such as 6 dec. 2026 (6 Dec 2026 in English). */
	public String date(java.time.@Nullable LocalDate day) {
		return day == null ? "–" : DateFormats.date(day, messages.locale());
	}

	/** A calendar day with the weekday, as sessions are shown, such as zo 6 dec. 2026 (Sun 6 Dec 2026). */
	public String day(java.time.@Nullable LocalDate day) {
		return day == null ? "–" : DateFormats.day(day, messages.locale());
	}

	/** A clock time such as 15:30. */
	public String time(java.time.@Nullable LocalTime time) {
		if (time == null) {
			return "–";
		}
		return java.time.format.DateTimeFormatter.ofPattern("HH:mm").format(time);
	}

	/** A number of hours with at most one decimal, in the page's language (one and a half is 1,5 in Dutch). */
	public String hours(double hours) {
		var format = java.text.NumberFormat.getNumberInstance(messages.locale());
		format.setMaximumFractionDigits(1);
		return format.format(hours);
	}

	/** An amount in euros, such as € 2,50 in Dutch. */
	public String euros(java.math.@Nullable BigDecimal amount) {
		if (amount == null) {
			return "–";
		}
		return java.text.NumberFormat.getCurrencyInstance(java.util.Locale.forLanguageTag(lang() + "-NL")).format(amount);
	}

	public boolean signedIn() {
		return user != null;
	}

	/**
	 * Whether the item leads to this page or a page under it; of two such items (/portal and /portal/activities) only
	 * the more specific one, so that one item at most is marked as the current page.
	 */
	public boolean isCurrent(NavigationItem item) {
		return leadsHere(item) && navigation.stream()
			.noneMatch(other -> other.path().length() > item.path().length() && leadsHere(other));
	}

	private boolean leadsHere(NavigationItem item) {
		return path.equals(item.path()) || path.startsWith(item.path() + "/");
	}

	/** The navigation as the layout draws it: a row and "Meer" on a phone, labelled groups on a desktop. */
	public Menu menu() {
		return Menu.of(navigation, this::isCurrent);
	}

	/** The htmx {@code hx-headers} value that carries the CSRF token. */
	public String htmxHeaders() {
		if (csrf == null) {
			return "{}";
		}
		return "{\"" + csrf.headerName() + "\": \"" + csrf.token() + "\"}";
	}
}
