package nl.samenspel.audit;

public enum AuditResult {
	SUCCESS, FAILURE, DENIED
}
