package nl.samenspel.participation;

/** How children vote in a round: a yes to as many ideas as they like, or a number of dots to spread. */
public enum VotingMethod {
	APPROVAL, DOTS
}
