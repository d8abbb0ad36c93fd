package nl.samenspel.network;

/**
 * How a child or family gets there: a professional refers directly; the parents apply themselves (the worker
 * explains how); only through a registered intermediary (the worker is it); or there is no referral, the worker
 * tells the child or parent about it (the Kindertelefoon).
 */
public enum Route {
	DIRECT, PARENTS_APPLY, INTERMEDIARY, INFORM
}
