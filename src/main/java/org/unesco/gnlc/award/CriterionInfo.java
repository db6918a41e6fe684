package org.unesco.gnlc.award;

/**
 * A criterion of a cycle as pages show it: in the reader's language, with its weight,
 * scale and word limit.
 */
public record CriterionInfo(long id, int position, String name, String description, int weight, int scaleMax,
		int wordLimit) {

	/** The key of the task-list section where a city answers this criterion. */
	public String sectionKey() {
		return AwardApplication.criterionSection(id);
	}

}
