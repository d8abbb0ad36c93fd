package nl.samenspel.ui;

import org.springframework.data.domain.Page;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links to the previous and next page of a list, keeping its search. Pages count from 0 in the URL, from 1 on
 * screen.
 */
public record Pager(int number, int totalPages, long totalElements, String previousUrl, String nextUrl) {

	public static Pager of(Page<?> page, String path, String query) {
		var builder = UriComponentsBuilder.fromPath(path);
		if (!query.isBlank()) {
			builder.queryParam("q", query);
		}
		return of(page, builder);
	}

	/** Links that keep every parameter of {@code builder} and set {@code page}. */
	public static Pager of(Page<?> page, UriComponentsBuilder builder) {
		var previous = page.hasPrevious() ? builder.cloneBuilder().queryParam("page", page.getNumber() - 1).build().encode().toUriString() : "";
		var next = page.hasNext() ? builder.cloneBuilder().queryParam("page", page.getNumber() + 1).build().encode().toUriString() : "";
		return new Pager(page.getNumber() + 1, Math.max(1, page.getTotalPages()), page.getTotalElements(), previous, next);
	}

	public boolean hasPrevious() {
		return !previousUrl.isEmpty();
	}

	public boolean hasNext() {
		return !nextUrl.isEmpty();
	}
}
