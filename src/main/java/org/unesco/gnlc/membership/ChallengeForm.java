package org.unesco.gnlc.membership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** A challenge of the rating list, named in the three languages. */
record ChallengeForm(long version, @NotBlank @Size(max = 200) @Nullable String nameEn,
		@NotBlank @Size(max = 200) @Nullable String nameFr, @NotBlank @Size(max = 200) @Nullable String nameEs,
		boolean active) {

	static ChallengeForm empty() {
		return new ChallengeForm(0, null, null, null, true);
	}

	static ChallengeForm of(Challenge challenge) {
		return new ChallengeForm(challenge.version(), challenge.nameEn(), challenge.nameFr(), challenge.nameEs(),
				challenge.active());
	}

}
