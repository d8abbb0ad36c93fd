package nl.samenspel.participation;

/** 'You said, we did': where an idea stands, as a child sees it. */
public enum IdeaStatus {
	NEW, DISCUSSED, CHOSEN, PLANNED, DONE, NOT_NOW;

	/** Whether the idea may point at the activity it became. */
	public boolean linksActivity() {
		return this == PLANNED || this == DONE;
	}
}
