package org.unesco.gnlc.membership;

import java.util.Arrays;
import java.util.Optional;

/** The sections of UIL's membership form, in the order of the task list. */
public enum Section {

	CITY("city"), MAYOR("mayor"), CONTACT("contact"), PLEDGE("pledge"), PROFILE("profile"), MOTIVATION("motivation"),
	IMPLEMENTATION("implementation"), CHALLENGES("challenges");

	private final String slug;

	Section(String slug) {
		this.slug = slug;
	}

	public String slug() {
		return slug;
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
