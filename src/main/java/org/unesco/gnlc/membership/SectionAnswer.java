package org.unesco.gnlc.membership;

/**
 * A section's answers as a form submitted them, ready to be written into the application.
 */
interface SectionAnswer {

	Section section();

	/** The version of the section the editor saw when the form was opened. */
	long version();

	void applyTo(MembershipApplication application);

}
