package nl.samenspel.signals;

/** Why a case was closed: no suspicion (question 1), or after the decisions were carried out. */
public enum ClosedBecause {
	NO_SUSPICION, DECIDED
}
