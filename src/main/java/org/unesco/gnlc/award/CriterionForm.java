package org.unesco.gnlc.award;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * One evaluation criterion as UIL_ADMIN writes it, in English, French and Spanish (and in
 * Arabic if UIL wishes: without it, an Arabic reader sees the English texts), with its
 * weight in the weighted mean, the top of its scale and the word limit of the cities'
 * answers. The version is the cycle's as the editor saw it: every change of the criteria
 * counts as a change of the cycle.
 */
record CriterionForm(@NotNull @Nullable Long cycleVersion, @NotBlank @Size(max = 200) @Nullable String nameEn,
		@NotBlank @Size(max = 200) @Nullable String nameFr, @NotBlank @Size(max = 200) @Nullable String nameEs,
		@Size(max = 200) @Nullable String nameAr, @NotBlank @Size(max = 2000) @Nullable String descriptionEn,
		@NotBlank @Size(max = 2000) @Nullable String descriptionFr,
		@NotBlank @Size(max = 2000) @Nullable String descriptionEs, @Size(max = 2000) @Nullable String descriptionAr,
		@NotNull @Min(1) @Max(100) @Nullable Integer weight, @NotNull @Min(2) @Max(100) @Nullable Integer scaleMax,
		@NotNull @Min(50) @Max(5000) @Nullable Integer wordLimit) {

	static CriterionForm empty(long cycleVersion) {
		return new CriterionForm(cycleVersion, null, null, null, null, null, null, null, null, 1, 10, 500);
	}

	static CriterionForm of(Criterion criterion, long cycleVersion) {
		Criterion.Texts texts = criterion.texts();
		return new CriterionForm(cycleVersion, texts.nameEn(), texts.nameFr(), texts.nameEs(), texts.nameAr(),
				texts.descriptionEn(), texts.descriptionFr(), texts.descriptionEs(), texts.descriptionAr(),
				criterion.weight(), criterion.scaleMax(), criterion.wordLimit());
	}

	/** The texts for the aggregate; call only on a valid form. */
	Criterion.Texts texts() {
		return new Criterion.Texts(nameEn.strip(), nameFr.strip(), nameEs.strip(), CycleForm.blankToNull(nameAr),
				descriptionEn.strip(), descriptionFr.strip(), descriptionEs.strip(),
				CycleForm.blankToNull(descriptionAr));
	}

}
