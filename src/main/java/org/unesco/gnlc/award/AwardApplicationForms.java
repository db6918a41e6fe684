package org.unesco.gnlc.award;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.unesco.gnlc.shared.web.PhoneNumber;
import org.unesco.gnlc.shared.web.WordLimit;

/** The forms of the city's Award application, separate from the aggregate they change. */
final class AwardApplicationForms {

	private AwardApplicationForms() {
	}

	/** Checks that apply only when a section is marked as complete. */
	interface Complete {

	}

	static final int SUMMARY_WORDS = 300;

	/** The "city and contacts" section. */
	record ProfileForm(@NotNull @Nullable Long version,
			@NotBlank(groups = Complete.class) @Size(max = 160) @Nullable String mayorName,
			@NotBlank(groups = Complete.class) @Size(max = 300) @Nullable String mayorTitle,
			@NotBlank(groups = Complete.class) @Size(max = 160) @Nullable String contactName,
			@Size(max = 300) @Nullable String contactTitle,
			@NotBlank(groups = Complete.class) @Email @Size(max = 254) @Nullable String contactEmail,
			@PhoneNumber @Nullable String contactPhone,
			@NotNull(groups = Complete.class) @PositiveOrZero @Max(100_000_000) @Nullable Long population,
			@NotBlank(groups = Complete.class) @WordLimit(SUMMARY_WORDS) @Size(max = 5000) @Nullable String summary,
			@Nullable Boolean complete) {

		boolean completed() {
			return Boolean.TRUE.equals(complete);
		}

		long versionSeen() {
			return version == null ? -1 : version;
		}

		static ProfileForm of(AwardApplication application) {
			CityProfile profile = application.profile();
			return new ProfileForm(application.sectionVersion(AwardApplication.PROFILE_SECTION), profile.mayorName(),
					profile.mayorTitle(), profile.contactName(), profile.contactTitle(), profile.contactEmail(),
					profile.contactPhone(), profile.population(), profile.summary(),
					application.isCompleted(AwardApplication.PROFILE_SECTION));
		}

		CityProfile profile() {
			return new CityProfile(clean(mayorName), clean(mayorTitle), clean(contactName), clean(contactTitle),
					clean(contactEmail), clean(contactPhone), population, clean(summary));
		}

	}

	/**
	 * The answer to one criterion; its word limit is the criterion's, checked by the
	 * controller and the service.
	 */
	record AnswerForm(@NotNull @Nullable Long version, @Size(max = 40_000) @Nullable String answer,
			@Nullable Boolean complete) {

		boolean completed() {
			return Boolean.TRUE.equals(complete);
		}

		long versionSeen() {
			return version == null ? -1 : version;
		}

		static AnswerForm of(AwardApplication application, long criterionId) {
			String section = AwardApplication.criterionSection(criterionId);
			return new AnswerForm(application.sectionVersion(section), application.answerTo(criterionId),
					application.isCompleted(section));
		}

	}

	static @Nullable String clean(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
