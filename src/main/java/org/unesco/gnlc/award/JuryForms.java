package org.unesco.gnlc.award;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** The forms of the jury stage, separate from what they change. */
final class JuryForms {

	private JuryForms() {
	}

	/**
	 * A juror's ballot: the shortlisted applications they choose, and that they confirm
	 * it is final.
	 */
	record JuryBallotForm(@Nullable List<Long> choices, @Nullable Boolean confirmed) {

		public boolean isConfirmed() {
			return Boolean.TRUE.equals(confirmed);
		}

		public List<Long> chosen() {
			return choices == null ? List.of() : choices;
		}

	}

	/**
	 * UIL's record of the jury's decision: the cities that receive the Award and why. A
	 * second city of one country needs sameCountryConfirmed, after the page warned about
	 * it; a tie in the tally at the last Award needs UIL's tieDecision.
	 */
	record JurySelectionForm(@Nullable List<Long> awarded, @NotBlank @Size(max = 5000) String rationale,
			@Nullable Boolean sameCountryConfirmed, @Size(max = 2000) @Nullable String tieDecision,
			@Nullable Boolean confirmed) {

		static JurySelectionForm empty() {
			return new JurySelectionForm(List.of(), "", false, null, null);
		}

		/**
		 * Whether UIL confirmed, having read what recording the selection does and who is
		 * told.
		 */
		public boolean isConfirmed() {
			return Boolean.TRUE.equals(confirmed);
		}

		public boolean isSameCountryConfirmed() {
			return Boolean.TRUE.equals(sameCountryConfirmed);
		}

		public List<Long> chosen() {
			return awarded == null ? List.of() : awarded;
		}

	}

	/**
	 * The rationale published with the recipients (pre-filled with the one recorded), and
	 * whether UIL confirmed, having read what publishing does.
	 */
	record JuryPublishForm(@NotBlank @Size(max = 5000) String rationale, @Nullable Boolean confirmed) {

		public boolean isConfirmed() {
			return Boolean.TRUE.equals(confirmed);
		}

	}

}
