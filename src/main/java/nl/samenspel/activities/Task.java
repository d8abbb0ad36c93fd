package nl.samenspel.activities;

/** The ten tasks of kinderwerk, in the profession's order; an activity serves one or more. */
public enum Task {
	RAISING_TOGETHER, TALENT, SIGNALLING, HEALTH, TAKING_PART, PARTICIPATION, FELLOW_CITIZENS, MEETING, GENERATIONS,
	PLAY;

	/** The task's number, 1 to 10, as the profession counts them. */
	public int number() {
		return ordinal() + 1;
	}
}
