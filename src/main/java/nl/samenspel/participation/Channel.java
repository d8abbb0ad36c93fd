package nl.samenspel.participation;

/** How a child acts for themselves: on a kiosk a worker opened for a session, or after their own login. */
public enum Channel {
	KIOSK, LOGIN
}
