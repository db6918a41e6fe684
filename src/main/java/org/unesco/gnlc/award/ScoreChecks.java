package org.unesco.gnlc.award;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.unesco.gnlc.award.ReviewForms.ScoreEntry;
import org.unesco.gnlc.award.ReviewForms.ScoreForm;

/**
 * The checks of a reviewer's scores, all at once and in the order of the criteria on the
 * page: each criterion needs a whole number from 0 to its scale, and a comment of at most
 * 4,000 characters. Every error names its criterion, so that the error summary reads "3.
 * Learning city plan: give a score from 0 to 10" rather than seven identical lines.
 */
final class ScoreChecks {

	private ScoreChecks() {
	}

	/**
	 * The errors of the form, one entry per criterion in the criteria's order: what
	 * binding refused (a score that is not a number, an over-long comment) and what the
	 * scale refuses.
	 */
	static BindingResult inCriterionOrder(ScoreForm form, BindingResult bound, List<CriterionInfo> criteria) {
		BindingResult checked = new BeanPropertyBindingResult(form, bound.getObjectName());
		List<ScoreEntry> entries = form.entriesOrEmpty();
		for (int i = 0; i < criteria.size(); i++) {
			CriterionInfo criterion = criteria.get(i);
			Object[] arguments = { criterion.position(), criterion.name(), criterion.scaleMax() };
			String score = "entries[" + i + "].score";
			FieldError refused = bound.getFieldError(score);
			@Nullable Integer value = i < entries.size() && entries.get(i) != null ? entries.get(i).score() : null;
			if (refused != null && refused.isBindingFailure()) {
				checked.addError(error(bound, score, refused.getRejectedValue(), true, "award.review.score.notANumber",
						arguments));
			}
			else if (value == null) {
				checked.addError(error(bound, score, null, false, "award.review.score.missing", arguments));
			}
			else if (value < 0 || value > criterion.scaleMax()) {
				checked.addError(error(bound, score, value, false, "award.review.score.outOfScale", arguments));
			}
			String comment = "entries[" + i + "].comment";
			FieldError tooLong = bound.getFieldError(comment);
			if (tooLong != null) {
				checked.addError(error(bound, comment, tooLong.getRejectedValue(), tooLong.isBindingFailure(),
						"award.review.comment.tooLong", arguments));
			}
		}
		return checked;
	}

	private static FieldError error(BindingResult bound, String field, @Nullable Object rejected,
			boolean bindingFailure, String code, Object[] arguments) {
		return new FieldError(bound.getObjectName(), field, rejected, bindingFailure, new String[] { code }, arguments,
				null);
	}

}
