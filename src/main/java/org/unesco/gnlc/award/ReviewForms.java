package org.unesco.gnlc.award;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * The forms of the UIL review: records bound from the request, separate from the
 * entities.
 */
final class ReviewForms {

	private ReviewForms() {
	}

	/** UIL_ADMIN assigns a reviewer to a nomination. */
	record AssignForm(@NotNull @Nullable Long applicationId, @NotNull @Nullable Long reviewerId) {
	}

	/** A reviewer declares a conflict of interest with a nomination, saying why. */
	record ConflictForm(@Size(max = 2000) @Nullable String note) {
	}

	/** A reviewer's scores, one entry per criterion of the cycle. */
	record ScoreForm(@Valid @Nullable List<ScoreEntry> entries) {

		List<ScoreEntry> entriesOrEmpty() {
			return entries == null ? List.of() : entries;
		}

		static ScoreForm of(List<ScoreEntry> entries) {
			return new ScoreForm(new ArrayList<>(entries));
		}

	}

	/**
	 * The score of one criterion: a whole number from 0 to the criterion's scale (checked
	 * with the criterion's name by {@link ScoreChecks}, and again by the service), and a
	 * comment.
	 */
	record ScoreEntry(@NotNull @Nullable Long criterionId, @Nullable Integer score,
			@Size(max = 4000) @Nullable String comment) {
	}

	/**
	 * UIL puts a nomination on the shortlist (comment optional) or takes it off (reason
	 * required).
	 */
	record ShortlistForm(@NotNull @Nullable Long applicationId, @Size(max = 2000) @Nullable String comment) {
	}

}
