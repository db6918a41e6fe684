package org.unesco.gnlc.conference;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;
import org.unesco.gnlc.shared.persistence.BaseEntity;

/** A person who took part in a conference, a record of their own at /people/{slug}. */
@Entity(name = "ConferencePerson")
@Table(name = "conference_person")
class Person extends BaseEntity {

	private String slug;

	private String name;

	private @Nullable String honorific;

	private @Nullable String description;

	@Version
	private long version;

	protected Person() {
	}

	Person(String slug) {
		this.slug = slug;
	}

	FieldChanges apply(String newSlug, String newName, @Nullable String newHonorific, @Nullable String newDescription) {
		FieldChanges changes = new FieldChanges();
		slug = changes.set("slug", slug, newSlug);
		name = changes.set("name", name, newName);
		honorific = changes.set("honorific", honorific, newHonorific);
		description = changes.set("description", description, newDescription);
		return changes;
	}

	String slug() {
		return slug;
	}

	String name() {
		return name;
	}

	@Nullable String honorific() {
		return honorific;
	}

	@Nullable String description() {
		return description;
	}

	long version() {
		return version;
	}

}
