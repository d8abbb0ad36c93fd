package nl.samenspel.organisation;

/** What kind of place a location is. */
public enum LocationType {
	COMMUNITY_CENTRE, PLAYGROUND, SCHOOL, OTHER
}
