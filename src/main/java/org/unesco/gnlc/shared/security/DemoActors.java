package org.unesco.gnlc.shared.security;

/**
 * The invented people whom every feature's demo data names on its records, one per role
 * that acts on them (no account of their own).
 */
public final class DemoActors {

	public static final Actor OFFICIAL = new Actor(0, "Demo city official", Role.CITY_OFFICIAL);

	public static final Actor ENDORSER = new Actor(0, "Demo National Commission", Role.NATCOM_ENDORSER);

	public static final Actor REVIEWER = new Actor(0, "Demo UIL reviewer", Role.UIL_REVIEWER);

	public static final Actor ADMIN = new Actor(0, "Demo UIL administrator", Role.UIL_ADMIN);

	private DemoActors() {
	}

}
