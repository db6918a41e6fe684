package org.unesco.gnlc.reference;

/**
 * How a country or territory belongs to UNESCO: one of its Member States or, for a
 * territory not in charge of its international relations, an Associate Member.
 */
enum UnescoMembership {

	MEMBER_STATE, ASSOCIATE_MEMBER

}
