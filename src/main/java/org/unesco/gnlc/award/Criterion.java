package org.unesco.gnlc.award;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One evaluation criterion of a cycle: what cities write about and reviewers score. Its
 * name and description are published in the portal's three languages; a score runs from 0
 * to {@code scaleMax}, and the criterion counts {@code weight} times in the weighted
 * mean.
 */
@Entity
@Table(name = "award_criterion")
class Criterion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "cycle_id")
	private long cycleId;

	private int position;

	private String nameEn;

	private String nameFr;

	private String nameEs;

	private String descriptionEn;

	private String descriptionFr;

	private String descriptionEs;

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

	/** The criterion's texts in the three languages. */
	record Texts(String nameEn, String nameFr, String nameEs, String descriptionEn, String descriptionFr,
			String descriptionEs) {
	}

	void change(Texts texts, int newWeight, int newScaleMax, int newWordLimit) {
		this.nameEn = texts.nameEn();
		this.nameFr = texts.nameFr();
		this.nameEs = texts.nameEs();
		this.descriptionEn = texts.descriptionEn();
		this.descriptionFr = texts.descriptionFr();
		this.descriptionEs = texts.descriptionEs();
		this.weight = newWeight;
		this.scaleMax = newScaleMax;
		this.wordLimit = newWordLimit;
	}

	/** The same criterion for another cycle (a new cycle starts from the latest set). */
	Criterion copyFor(long otherCycleId) {
		return new Criterion(otherCycleId, position, texts(), weight, scaleMax, wordLimit);
	}

	Texts texts() {
		return new Texts(nameEn, nameFr, nameEs, descriptionEn, descriptionFr, descriptionEs);
	}

	CriterionInfo info(Locale locale) {
		String language = locale.getLanguage();
		String name = "fr".equals(language) ? nameFr : "es".equals(language) ? nameEs : nameEn;
		String description = "fr".equals(language) ? descriptionFr
				: "es".equals(language) ? descriptionEs : descriptionEn;
		return new CriterionInfo(id, position, name, description, weight, scaleMax, wordLimit);
	}

	Long id() {
		return id;
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
