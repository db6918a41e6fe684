package org.unesco.gnlc.reference;

/** The five regions in which UNESCO groups its Member States. */
public enum UnescoRegion {

	AFRICA, ARAB_STATES, ASIA_PACIFIC, EUROPE_NORTH_AMERICA, LATIN_AMERICA_CARIBBEAN;

	public String messageKey() {
		return "region." + name();
	}

}
