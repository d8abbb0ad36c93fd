package nl.samenspel.activities;

/** What an activity is about, as children and parents look for it. */
public enum Theme {
	SPORT, CULTURE, MUSIC, NATURE, FOOD_AND_HEALTH, TECHNOLOGY, CRAFTS, OUTDOOR_PLAY, GAMES, HOMEWORK, MEETING,
	OTHER
}
