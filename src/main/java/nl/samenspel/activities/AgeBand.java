package nl.samenspel.activities;

/** The age bands the programme counts in: 4-6, 7-9, 10-12, and everyone else. */
public enum AgeBand {
	FOUR_TO_SIX(4, 6), SEVEN_TO_NINE(7, 9), TEN_TO_TWELVE(10, 12), OTHER(-1, -1);

	private final int from;
	private final int to;

	AgeBand(int from, int to) {
		this.from = from;
		this.to = to;
	}

	public static AgeBand of(int age) {
		for (var band : values()) {
			if (age >= band.from && age <= band.to) {
				return band;
			}
		}
		return OTHER;
	}

	/** The three bands of kinderwerk's own age, for the coverage matrix. */
	public static java.util.List<AgeBand> core() {
		return java.util.List.of(FOUR_TO_SIX, SEVEN_TO_NINE, TEN_TO_TWELVE);
	}

	/** Whether an activity for these ages is open to (some of) this band. */
	public boolean overlaps(int minAge, int maxAge) {
		return this != OTHER && minAge <= to && maxAge >= from;
	}
}
