package nl.samenspel.activities;

/** What taking part costs: nothing, an amount, or nothing for children with the municipal kindpakket or Jeugdfonds. */
public enum Cost {
	FREE, PAID, FREE_WITH_PASS;

	public boolean freeForEveryoneWithAPass() {
		return this != PAID;
	}
}
