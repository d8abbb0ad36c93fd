package nl.samenspel.volunteers;

/**
 * The steps of an application, in their order. INTAKE, REFERENCES and VOG_REQUESTED are recorded on the application
 * (a date, notes, who); VOG_RECEIVED and CODE_OF_CONDUCT are done when the volunteer's record holds a VOG issue date
 * and a signed code of conduct (recorded on the record itself); ACTIVATION makes the volunteer ACTIVE.
 */
public enum ApplicationStep {
	INTAKE, REFERENCES, VOG_REQUESTED, VOG_RECEIVED, CODE_OF_CONDUCT, ACTIVATION;

	/** Whether the step is recorded on the application, rather than read from the volunteer's record. */
	public boolean recorded() {
		return this == INTAKE || this == REFERENCES || this == VOG_REQUESTED;
	}

	/** The message key that names the step: {@code volunteers.recruitment.step.<name>}. */
	public String messageKey() {
		return "volunteers.recruitment.step." + name();
	}
}
