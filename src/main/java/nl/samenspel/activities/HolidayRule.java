package nl.samenspel.activities;

/** What a schedule does in the school holidays: skip them, ignore them, or run only in them (a holiday week). */
public enum HolidayRule {
	SKIP, INCLUDE, ONLY
}
