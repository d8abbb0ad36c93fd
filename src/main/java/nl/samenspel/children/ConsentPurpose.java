package nl.samenspel.children;

/**
 * What a guardian can allow for a child. Registration is the basis for keeping the record at all; photos are asked
 * separately per channel (AP: specific per purpose and channel); sharing is asked per partner; a
 * child's own login needs its own consent, and so does a buddy.
 */
public enum ConsentPurpose {

	REGISTRATION, PHOTOS_INTERNAL, PHOTOS_WEBSITE, PHOTOS_SOCIAL_MEDIA, SHARING_SCHOOL, SHARING_NEIGHBOURHOOD_TEAM,
	/** The child (8 to 12) may have a login of their own: a code on a card and a picture password (participation). */
	CHILD_LOGIN,
	/** The child may have a buddy (buurtmaatje): a volunteer or resident who meets them regularly (volunteers). */
	BUDDY;

	public String messageKey() {
		return "consent.purpose." + name();
	}
}
