package nl.samenspel.children;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.samenspel.kernel.CurrentUser;

/**
 * What another module holds about a child, for the access request (AVG art. 15), so that {@link ChildPrivacy#export}
 * gives everything held without the children module depending on the modules that depend on it (as
 * {@link ChildPanels} does for the child's page). {@link ChildPrivacy} has checked the viewer (a COORDINATOR of the
 * child's organisation) before it asks; each implementation reads only the viewer's organisation, gives only data
 * about this child (never another child's name), and audits a sensitive read as its own pages do.
 */
public interface ChildDataSections {

	List<Section> sections(CurrentUser viewer, UUID childId);

	/** A part of the export: a title (a message key) and its rows, in the order the module gives them. */
	record Section(String titleKey, List<Row> rows) {
	}

	/**
	 * One thing held: when (a day, and where it is a period its last day), what kind of thing (a message key), a detail
	 * of it (a message key such as a status or a role, or null) and its text as held.
	 */
	record Row(@Nullable LocalDate moment, @Nullable LocalDate until, String kindKey, @Nullable String detailKey,
			String text) {
	}
}
