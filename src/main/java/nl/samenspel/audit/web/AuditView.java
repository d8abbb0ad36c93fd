package nl.samenspel.audit.web;

import java.util.List;

import nl.samenspel.audit.AuditEntry;
import nl.samenspel.audit.AuditQuery;
import nl.samenspel.ui.Option;

/** The search form as filled in, and a page of results. */
public record AuditView(AuditQuery query, List<Option> actions, List<AuditEntry> entries, long total, int page,
		boolean hasNext) {

	public String nextUrl() {
		return link(page + 1);
	}

	public String previousUrl() {
		return link(page - 1);
	}

	private String link(int target) {
		var builder = org.springframework.web.util.UriComponentsBuilder.fromPath("/audit");
		if (query.username() != null) builder.queryParam("username", query.username());
		if (query.objectType() != null) builder.queryParam("objectType", query.objectType());
		if (query.objectId() != null) builder.queryParam("objectId", query.objectId());
		if (query.action() != null) builder.queryParam("action", query.action().name());
		if (query.from() != null) builder.queryParam("from", query.from());
		if (query.to() != null) builder.queryParam("to", query.to());
		return builder.queryParam("page", target).build().encode().toUriString();
	}
}
