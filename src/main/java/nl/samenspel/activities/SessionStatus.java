package nl.samenspel.activities;

public enum SessionStatus {
	PLANNED, CANCELLED
}
