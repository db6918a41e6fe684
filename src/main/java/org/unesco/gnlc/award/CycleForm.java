package org.unesco.gnlc.award;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.unesco.gnlc.shared.web.ShownAt;

/**
 * UIL_ADMIN's settings of an Award cycle. The year names the cycle and is fixed once it
 * is planned; the title is required in English, French and Spanish, the Arabic one is
 * optional (an Arabic reader sees the English title without it); the deadlines may be
 * left open while the cycle is planned, but must follow each other (call, city deadline,
 * nomination deadline, review, jury, ceremony). The version is the one the editor saw.
 */
record CycleForm(@NotNull @Nullable Long version, @NotNull @Min(2015) @Max(2100) @Nullable Integer year,
		@NotBlank @Size(max = 200) @Nullable String titleEn, @NotBlank @Size(max = 200) @Nullable String titleFr,
		@NotBlank @Size(max = 200) @Nullable String titleEs, @Size(max = 200) @Nullable String titleAr,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate callOpensOn,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate cityDeadline,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate nominationDeadline,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate reviewDeadline,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate juryDeadline,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate ceremonyOn,
		@NotNull @Min(1) @Max(10) @Nullable Integer nominationQuota,
		@NotNull @Min(1) @Max(50) @Nullable Integer awardsAvailable, @Min(1) @Max(99) @Nullable Integer iclcOrdinal,
		@Size(max = 160) @Nullable String iclcCity, @Pattern(regexp = "[A-Z]{2}") @Nullable String iclcCountryCode) {

	/** Two cities per National Commission since 2021. */
	static final int DEFAULT_QUOTA = 2;

	static final int DEFAULT_AWARDS = 10;

	static CycleForm of(AwardCycle cycle) {
		AwardCycle.Settings settings = cycle.settings();
		return new CycleForm(cycle.version(), cycle.year(), settings.titleEn(), settings.titleFr(), settings.titleEs(),
				settings.titleAr(), settings.callOpensOn(), settings.cityDeadline(), settings.nominationDeadline(),
				settings.reviewDeadline(), settings.juryDeadline(), settings.ceremonyOn(), settings.nominationQuota(),
				settings.awardsAvailable(), settings.iclcOrdinal(), settings.iclcCity(), settings.iclcCountryCode());
	}

	/** The settings for the aggregate; call only on a valid form. */
	AwardCycle.Settings settings() {
		return new AwardCycle.Settings(titleEn.strip(), titleFr.strip(), titleEs.strip(), blankToNull(titleAr),
				nominationQuota, awardsAvailable, iclcOrdinal, blankToNull(iclcCity), blankToNull(iclcCountryCode),
				callOpensOn, cityDeadline, nominationDeadline, reviewDeadline, juryDeadline, ceremonyOn);
	}

	@AssertTrue(message = "{award.nomination.cycle.deadlinesInOrder}")
	@ShownAt("cityDeadline")
	boolean isEachDeadlineOnOrAfterThePreviousOne() {
		LocalDate previous = null;
		for (LocalDate date : new LocalDate[] { callOpensOn, cityDeadline, nominationDeadline, reviewDeadline,
				juryDeadline, ceremonyOn }) {
			if (date != null && previous != null && date.isBefore(previous)) {
				return false;
			}
			previous = date != null ? date : previous;
		}
		return true;
	}

	/** The stripped text, or null for a blank one (an optional field left empty). */
	static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
