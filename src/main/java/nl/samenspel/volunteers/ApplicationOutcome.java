package nl.samenspel.volunteers;

/** How an application ended: the volunteer became ACTIVE, the organisation rejected it, or the applicant withdrew. */
public enum ApplicationOutcome {
	ACTIVATED, REJECTED, WITHDRAWN;

	public String messageKey() {
		return "volunteers.recruitment.outcome." + name();
	}
}
