package nl.samenspel.participation;

/** A member's role in the children's council: voorzitter, secretaris or lid. */
public enum CouncilRole {
	CHAIR, SECRETARY, MEMBER
}
