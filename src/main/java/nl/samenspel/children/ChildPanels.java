package nl.samenspel.children;

import java.util.List;
import java.util.UUID;

import nl.samenspel.kernel.CurrentUser;
import nl.samenspel.ui.Page;
import nl.samenspel.ui.Panel;

/**
 * What another module shows on a child's page (its enrolments, attendance, referrals, signals and cases), so that the
 * child page does not depend on the modules that depend on it. Each implementation gives only what the viewer's roles
 * may see, scoped to the viewer's organisation, and audits a sensitive read as its own pages do.
 */
public interface ChildPanels {

	List<Panel> panels(CurrentUser viewer, UUID childId, Page page);
}
