package org.unesco.gnlc.membership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.unesco.gnlc.shared.LocalizedText;

/** A challenge of the rating list, named in the three languages. */
record ChallengeForm(long version, @NotBlank @Size(max = 200) @Nullable String nameEn,
		@NotBlank @Size(max = 200) @Nullable String nameFr, @NotBlank @Size(max = 200) @Nullable String nameEs,
		boolean active) {

	static ChallengeForm empty() {
		return new ChallengeForm(0, null, null, null, true);
	}

	static ChallengeForm of(Challenge challenge) {
		LocalizedText name = challenge.name();
		return new ChallengeForm(challenge.version(), name.en(), name.fr(), name.es(), challenge.active());
	}

	/** The name as typed, without surrounding spaces (the form has been validated). */
	LocalizedText name() {
		return new LocalizedText(nameEn.strip(), nameFr.strip(), nameEs.strip());
	}

}
