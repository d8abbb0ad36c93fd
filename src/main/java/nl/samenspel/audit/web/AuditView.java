package nl.samenspel.audit.web;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.web.util.UriComponentsBuilder;

import nl.samenspel.audit.AuditEntry;
import nl.samenspel.audit.AuditQuery;
import nl.samenspel.ui.Option;
import nl.samenspel.ui.Pager;

/** The search form as filled in, and a page of results with links to the pages around it. */
public record AuditView(AuditQuery query, List<Option> actions, List<AuditEntry> entries, long total, Pager pager) {

	static AuditView of(AuditQuery query, List<Option> actions, Page<AuditEntry> result) {
		var link = UriComponentsBuilder.fromPath("/audit");
		if (query.username() != null) {
			link.queryParam("username", query.username());
		}
		if (query.objectType() != null) {
			link.queryParam("objectType", query.objectType());
		}
		if (query.objectId() != null) {
			link.queryParam("objectId", query.objectId());
		}
		if (query.action() != null) {
			link.queryParam("action", query.action().name());
		}
		if (query.from() != null) {
			link.queryParam("from", query.from());
		}
		if (query.to() != null) {
			link.queryParam("to", query.to());
		}
		return new AuditView(query, actions, result.getContent(), result.getTotalElements(), Pager.of(result, link));
	}
}
