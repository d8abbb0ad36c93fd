package nl.samenspel.network;

/** What a social-map organisation is. */
public enum ServiceKind {
	SCHOOL, OUT_OF_SCHOOL_CARE, NEIGHBOURHOOD_TEAM, YOUTH_CARE, CJG, SPORTS_CLUB, CULTURE_CLUB, GGD, VEILIG_THUIS,
	KINDERTELEFOON, JEUGDFONDS, LEERGELD, KINDERHULP, KINDPAKKET, FOOD_BANK, OTHER;

	/**
	 * The consent of the children's register that a referral here needs when it says a guardian consented: sharing
	 * the child's data with the wijkteam or the school. Other services have no purpose of their own in the register.
	 */
	public nl.samenspel.children.@org.jspecify.annotations.Nullable ConsentPurpose consentPurpose() {
		return switch (this) {
			case NEIGHBOURHOOD_TEAM -> nl.samenspel.children.ConsentPurpose.SHARING_NEIGHBOURHOOD_TEAM;
			case SCHOOL -> nl.samenspel.children.ConsentPurpose.SHARING_SCHOOL;
			default -> null;
		};
	}

	/** The routes a poverty signal suggests. */
	public boolean againstPoverty() {
		return this == JEUGDFONDS || this == LEERGELD || this == KINDPAKKET || this == FOOD_BANK || this == KINDERHULP;
	}
}
