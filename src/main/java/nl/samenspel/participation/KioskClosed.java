package nl.samenspel.participation;

/**
 * A child's input arrived through a kiosk that takes none any more: locked (by the worker or on the tablet) or past
 * its session's end plus the grace period, also when the request found the kiosk open at its start. Nothing is saved;
 * the kiosk's pages answer with the lock page.
 */
public class KioskClosed extends RuntimeException {

	public KioskClosed() {
		super("kiosk closed", null, false, false);
	}
}
