package nl.samenspel.volunteers;

/** The public form took as many applications from this address, or for this organisation, as it takes in an hour. */
public class ApplicationsThrottled extends RuntimeException {

	ApplicationsThrottled() {
		super("applications throttled", null, false, false);
	}
}
