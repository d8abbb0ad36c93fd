package nl.samenspel.volunteers;

/** A volunteer's age band, enough for intergenerational work without a birth date. */
public enum AgeBand {
	UNDER_25, FROM_25_TO_54, FROM_55_TO_69, FROM_70;

	/** Whether the band counts as an older resident for intergenerational work (55 and over). */
	public boolean older() {
		return this == FROM_55_TO_69 || this == FROM_70;
	}
}
