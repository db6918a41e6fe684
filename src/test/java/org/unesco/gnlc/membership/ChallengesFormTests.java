package org.unesco.gnlc.membership;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.unesco.gnlc.membership.SectionForms.ChallengesForm;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "rate every challenge" rule, which lives in the challenges' form (issue 16, point
 * 5).
 */
class ChallengesFormTests {

	static final List<Long> CHALLENGES = List.of(3L, 1L, 2L);

	@Test
	void completingAsksForARatingOfEveryChallengeEachMissingOneAtItsFieldInPageOrder() {
		Map<Long, Integer> ratings = new LinkedHashMap<>();
		ratings.put(1L, 4);
		ChallengesForm form = new ChallengesForm(2, ratings);
		BindingResult result = new BeanPropertyBindingResult(form, "form");

		ChallengesForm checked = form.checked(CHALLENGES, true, result);

		assertThat(result.getFieldErrors()).extracting(FieldError::getField)
			.containsExactly("ratings[3]", "ratings[2]");
		assertThat(result.getFieldErrors())
			.allSatisfy(error -> assertThat(error.getCodes()).containsExactly("membership.challenges.rateEach"));
		assertThat(checked.ratings()).containsExactly(Map.entry(1L, 4));
		assertThat(checked.version()).isEqualTo(2);
	}

	@Test
	void savingForLaterKeepsTheValidRatingsOfActiveChallengesWithoutAnError() {
		Map<Long, Integer> ratings = new LinkedHashMap<>();
		ratings.put(1L, 5);
		ratings.put(2L, 9);
		ratings.put(99L, 3);
		ChallengesForm form = new ChallengesForm(0, ratings);
		BindingResult result = new BeanPropertyBindingResult(form, "form");

		ChallengesForm checked = form.checked(CHALLENGES, false, result);

		assertThat(result.hasErrors()).isFalse();
		assertThat(checked.ratings()).containsExactly(Map.entry(1L, 5));
	}

}
