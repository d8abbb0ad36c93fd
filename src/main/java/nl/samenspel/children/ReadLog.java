package nl.samenspel.children;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.samenspel.audit.AuditAction;
import nl.samenspel.audit.AuditEntry;
import nl.samenspel.audit.AuditLog;
import nl.samenspel.audit.AuditQuery;
import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.kernel.DutchTime;
import nl.samenspel.kernel.NotFound;
import nl.samenspel.kernel.Role;
import nl.samenspel.organisation.UserManagement;

/**
 * Who read a child's record, as its parents see it in the portal: one line per day and reader, by display name and
 * role (never a user name), newest first, paged. The parent's own reads are left out, and so are the reads
 * {@link ReadsWithheld} holds back while a Meldcode case is open; they appear once it is closed.
 */
@Service
@Transactional(readOnly = true)
public class ReadLog {

	static final ZoneId ZONE = DutchTime.ZONE;

	private final AuditLog audit;
	private final UserManagement users;
	private final ObjectProvider<ReadsWithheld> withheld;

	ReadLog(AuditLog audit, UserManagement users, ObjectProvider<ReadsWithheld> withheld) {
		this.audit = audit;
		this.users = users;
		this.withheld = withheld;
	}

	/** The read log of a child the caller has already been allowed to see (its guardian). */
	public Page<ReadGroup> forParent(CurrentUser parent, Child child, Pageable pageable) {
		var restrictions = withheld.getIfAvailable(() -> ReadsWithheld.NONE).restrictions(parent.organisationId(),
				child.getId());
		var reads = audit.search(parent.organisationId(), new AuditQuery(null, null, child.getId().toString(),
				AuditAction.READ, null, null), PageRequest.of(0, Integer.MAX_VALUE)).getContent();
		var groups = new LinkedHashMap<Key, Tally>();
		for (var read : reads) {
			if (parent.id().equals(read.userId()) || withheld(read, restrictions)) {
				continue;
			}
			var key = new Key(LocalDate.ofInstant(read.occurredAt(), ZONE), read.userId(), roles(read.roles()));
			var tally = groups.computeIfAbsent(key, k -> new Tally(read.occurredAt()));
			tally.times.merge(read.objectType() == null ? "child" : read.objectType(), 1, Integer::sum);
		}
		var ordered = groups.entrySet().stream()
			.sorted(Comparator.comparing((java.util.Map.Entry<Key, Tally> e) -> e.getValue().latest).reversed())
			.toList();
		var from = (int) Math.min(pageable.getOffset(), ordered.size());
		var to = (int) Math.min(from + (long) pageable.getPageSize(), ordered.size());
		var names = new HashMap<UUID, String>();
		var content = ordered.subList(from, to).stream()
			.map(e -> new ReadGroup(e.getKey().day(), name(parent, e.getKey().user(), names), e.getKey().roles(),
					e.getValue().times.entrySet().stream().map(t -> new ReadGroup.Seen(t.getKey(), t.getValue())).toList()))
			.toList();
		return new PageImpl<>(content, pageable, ordered.size());
	}

	static boolean withheld(AuditEntry read, List<ReadsWithheld.Restriction> restrictions) {
		for (var restriction : restrictions) {
			if (!read.occurredAt().isBefore(restriction.since()) && (restriction.users().contains(read.userId())
					|| roles(read.roles()).contains(Role.SAFEGUARDING_OFFICER))) {
				return true;
			}
		}
		return false;
	}

	private String name(CurrentUser parent, @Nullable UUID user, java.util.Map<UUID, String> names) {
		if (user == null) {
			return "–";
		}
		return names.computeIfAbsent(user, id -> {
			try {
				return users.user(parent.organisationId(), id).getDisplayName();
			}
			catch (NotFound gone) {
				return "–";
			}
		});
	}

	private static List<Role> roles(@Nullable String roles) {
		if (roles == null || roles.isBlank()) {
			return List.of();
		}
		return Arrays.stream(roles.split(",")).map(String::strip).filter(role -> !role.isEmpty())
			.map(role -> {
				try {
					return Role.valueOf(role);
				}
				catch (IllegalArgumentException unknown) {
					return null;
				}
			})
			.filter(Objects::nonNull)
			.sorted()
			.toList();
	}

	private record Key(LocalDate day, @Nullable UUID user, List<Role> roles) {
	}

	private static final class Tally {

		final Instant latest;
		/** The record first, then the rest by name. */
		final java.util.TreeMap<String, Integer> times = new java.util.TreeMap<>(
				Comparator.comparing((String type) -> !"child".equals(type)).thenComparing(Comparator.naturalOrder()));

		Tally(Instant latest) {
			this.latest = latest;
		}
	}
}
