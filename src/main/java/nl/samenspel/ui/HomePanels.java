package nl.samenspel.ui;

import java.util.List;

import nl.samenspel.kernel.CurrentUser;

/**
 * What a module puts on the signed-in user's home page, so that the home answers "what do I do now": a worker's
 * sessions of today, a safeguarding officer's open cases, a parent's next activities. Modules declare these as beans;
 * each gives the panels the user's roles call for, read with the same scoping and role checks as its own pages, and
 * none for a user they have nothing for.
 */
public interface HomePanels {

	List<Panel> panels(CurrentUser user, Page page);
}
