package org.unesco.gnlc.conference;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.unesco.gnlc.conference.ConferenceRecords.PersonRow;

/**
 * A person: name, honorific (Ms, Mr, Dr ...), the address of their page and a short
 * description.
 */
record PersonForm(@NotBlank @Size(max = 160) @Nullable String name, @Size(max = 20) @Nullable String honorific,
		@Size(max = 120) @Nullable String slug, @Size(max = 500) @Nullable String description, long version) {

	static PersonForm empty() {
		return new PersonForm(null, null, null, null, 0);
	}

	static PersonForm of(PersonRow person) {
		return new PersonForm(person.name(), person.honorific(), person.slug(), person.description(), person.version());
	}

}
