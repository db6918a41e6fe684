package org.unesco.gnlc.membership;

import java.util.Arrays;
import java.util.Optional;

import org.unesco.gnlc.membership.SectionForms.ChallengesForm;
import org.unesco.gnlc.membership.SectionForms.CityForm;
import org.unesco.gnlc.membership.SectionForms.ContactForm;
import org.unesco.gnlc.membership.SectionForms.ImplementationForm;
import org.unesco.gnlc.membership.SectionForms.MayorForm;
import org.unesco.gnlc.membership.SectionForms.MotivationForm;
import org.unesco.gnlc.membership.SectionForms.PledgeForm;
import org.unesco.gnlc.membership.SectionForms.ProfileForm;

/** The sections of UIL's membership form, in the order of the task list. */
public enum Section {

	CITY("city", CityForm.class), MAYOR("mayor", MayorForm.class), CONTACT("contact", ContactForm.class),
	PLEDGE("pledge", PledgeForm.class), PROFILE("profile", ProfileForm.class),
	MOTIVATION("motivation", MotivationForm.class), IMPLEMENTATION("implementation", ImplementationForm.class),
	CHALLENGES("challenges", ChallengesForm.class);

	private final String slug;

	private final Class<? extends SectionAnswer> formType;

	Section(String slug, Class<? extends SectionAnswer> formType) {
		this.slug = slug;
		this.formType = formType;
	}

	public String slug() {
		return slug;
	}

	/** The form the section's page submits, for its binding. */
	Class<? extends SectionAnswer> formType() {
		return formType;
	}

	public String messageKey() {
		return "membership.section." + slug;
	}

	/**
	 * The section's number, the one place both the task list and the section's own page
	 * take it from: its position in the form.
	 */
	public int number() {
		return ordinal() + 1;
	}

	static Optional<Section> bySlug(String slug) {
		return Arrays.stream(values()).filter(section -> section.slug.equals(slug)).findFirst();
	}

}
