package nl.samenspel.signals;

public enum CaseStatus {
	OPEN, CLOSED
}
