package nl.samenspel.network;

/** What a social-map organisation is. */
public enum ServiceKind {
	SCHOOL, OUT_OF_SCHOOL_CARE, NEIGHBOURHOOD_TEAM, YOUTH_CARE, CJG, SPORTS_CLUB, CULTURE_CLUB, GGD, VEILIG_THUIS,
	KINDERTELEFOON, JEUGDFONDS, LEERGELD, KINDERHULP, KINDPAKKET, FOOD_BANK, OTHER;

	/** The routes a poverty signal suggests. */
	public boolean againstPoverty() {
		return this == JEUGDFONDS || this == LEERGELD || this == KINDPAKKET || this == FOOD_BANK || this == KINDERHULP;
	}
}
