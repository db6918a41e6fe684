package org.unesco.gnlc.award;

import java.util.Locale;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;
import org.unesco.gnlc.shared.LocalizedText;
import org.unesco.gnlc.shared.persistence.BaseEntity;

/**
 * One evaluation criterion of a cycle: what cities write about and reviewers score. Its
 * name and description are published in English, French and Spanish, and in Arabic when
 * UIL wrote them (an Arabic reader sees the English ones otherwise); a score runs from 0
 * to {@code scaleMax}, and the criterion counts {@code weight} times in the weighted
 * mean.
 */
@Entity
@Table(name = "award_criterion")
class Criterion extends BaseEntity {

	@Column(name = "cycle_id")
	private long cycleId;

	private int position;

	@Embedded
	private LocalizedText name;

	@Embedded
	@AttributeOverride(name = "en", column = @Column(name = "description_en"))
	@AttributeOverride(name = "fr", column = @Column(name = "description_fr"))
	@AttributeOverride(name = "es", column = @Column(name = "description_es"))
	private LocalizedText description;

	private @Nullable String nameAr;

	private @Nullable String descriptionAr;

	private int weight;

	private int scaleMax;

	private int wordLimit;

	protected Criterion() {
	}

	Criterion(long cycleId, int position, Texts texts, int weight, int scaleMax, int wordLimit) {
		this.cycleId = cycleId;
		this.position = position;
		change(texts, weight, scaleMax, wordLimit);
	}

	/** The criterion's texts in the four languages, Arabic optional. */
	record Texts(String nameEn, String nameFr, String nameEs, @Nullable String nameAr, String descriptionEn,
			String descriptionFr, String descriptionEs, @Nullable String descriptionAr) {
	}

	void change(Texts texts, int newWeight, int newScaleMax, int newWordLimit) {
		this.name = new LocalizedText(texts.nameEn(), texts.nameFr(), texts.nameEs());
		this.description = new LocalizedText(texts.descriptionEn(), texts.descriptionFr(), texts.descriptionEs());
		this.nameAr = texts.nameAr();
		this.descriptionAr = texts.descriptionAr();
		this.weight = newWeight;
		this.scaleMax = newScaleMax;
		this.wordLimit = newWordLimit;
	}

	/** The same criterion for another cycle (a new cycle starts from the latest set). */
	Criterion copyFor(long otherCycleId) {
		return new Criterion(otherCycleId, position, texts(), weight, scaleMax, wordLimit);
	}

	Texts texts() {
		return new Texts(name.en(), name.fr(), name.es(), nameAr, description.en(), description.fr(), description.es(),
				descriptionAr);
	}

	CriterionInfo info(Locale locale) {
		return new CriterionInfo(id(), position, name.in(locale, nameAr), description.in(locale, descriptionAr), weight,
				scaleMax, wordLimit);
	}

	long cycleId() {
		return cycleId;
	}

	int position() {
		return position;
	}

	void moveTo(int newPosition) {
		this.position = newPosition;
	}

	int weight() {
		return weight;
	}

	int scaleMax() {
		return scaleMax;
	}

	int wordLimit() {
		return wordLimit;
	}

}
