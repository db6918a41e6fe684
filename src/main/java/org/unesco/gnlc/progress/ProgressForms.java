package org.unesco.gnlc.progress;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.unesco.gnlc.city.CityFigure;
import org.unesco.gnlc.shared.web.ShownAt;

/** The forms of the progress pages, separate from the entities they change. */
final class ProgressForms {

	static final int DEFAULT_WORD_LIMIT = 300;

	static final int STATISTIC_ROWS = 6;

	private ProgressForms() {
	}

	/**
	 * A field error with its message key; the rejected value is what the person typed.
	 */
	static void reject(BindingResult result, String field, @Nullable Object value, String code, Object... args) {
		result.addError(new FieldError(result.getObjectName(), field, value, false, new String[] { code }, args, null));
	}

	/**
	 * UIL_ADMIN's terms of a round; a question is asked for each area of focus given a
	 * word limit.
	 */
	record RoundForm(long version, @NotBlank @Size(max = 200) @Nullable String title,
			@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate periodFrom,
			@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate periodTo,
			@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate opensOn,
			@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate deadline,
			@NotNull @Min(0) @Max(365) @Nullable Integer graceDays,
			@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate admittedBy,
			@Nullable Map<String, Integer> wordLimits) {

		RoundForm {
			wordLimits = wordLimits == null ? new TreeMap<>() : new TreeMap<>(wordLimits);
		}

		static RoundForm empty(List<String> focusCodes) {
			Map<String, Integer> limits = new TreeMap<>();
			focusCodes.forEach(code -> limits.put(code, DEFAULT_WORD_LIMIT));
			return new RoundForm(0, null, null, null, null, null, 30, null, limits);
		}

		static RoundForm of(ProgressRound round) {
			return new RoundForm(round.version(), round.title(), round.periodFrom(), round.periodTo(), round.opensOn(),
					round.deadline(), round.graceDays(), round.admittedBy(), round.questions());
		}

		@AssertTrue(message = "{progress.round.datesInOrder}")
		@ShownAt("deadline")
		boolean isPeriodAndDeadlineInOrder() {
			if (periodFrom == null || periodTo == null || opensOn == null || deadline == null) {
				return true;
			}
			return !periodTo.isBefore(periodFrom) && !deadline.isBefore(opensOn);
		}

		/**
		 * Asked questions: limits between 20 and 2000 words; none left blank means not
		 * asked.
		 */
		Map<String, Integer> questions(List<String> focusCodes, BindingResult result) {
			Map<String, Integer> asked = new TreeMap<>();
			for (String code : focusCodes) {
				Integer limit = wordLimits.get(code);
				if (limit == null || limit == 0) {
					continue;
				}
				if (limit < 20 || limit > 2000) {
					reject(result, "wordLimits[" + code + "]", limit, "progress.round.wordLimitRange", code);
				}
				asked.put(code, limit);
			}
			if (asked.isEmpty() && !result.hasFieldErrors("wordLimits*")) {
				result.reject("progress.round.noQuestion");
			}
			return asked;
		}

		ProgressRound.Terms terms(Map<String, Integer> questions) {
			return new ProgressRound.Terms(title, periodFrom, periodTo, opensOn, deadline, graceDays, admittedBy,
					questions);
		}

	}

	record AnswerForm(long version, @Nullable String answer) {

		static AnswerForm of(ProgressReport report, String code) {
			return new AnswerForm(report.sectionVersion(code), report.answer(code));
		}

	}

	/**
	 * Rows of statistics as parallel columns; a row with neither label nor figure is left
	 * out.
	 */
	record StatisticsForm(long version, @Nullable List<String> label, @Nullable List<String> figure,
			@Nullable List<String> year, @Nullable List<String> source) {

		StatisticsForm {
			label = padded(label);
			figure = padded(figure);
			year = padded(year);
			source = padded(source);
		}

		private static List<String> padded(@Nullable List<String> column) {
			List<String> padded = new ArrayList<>(column == null ? List.of() : column);
			while (padded.size() < STATISTIC_ROWS) {
				padded.add("");
			}
			return padded;
		}

		/** The saved statistics, or the profile's figures before the first save. */
		static StatisticsForm of(ProgressReport report, List<CityFigure> profile, Map<String, String> profileLabels) {
			List<String> labels = new ArrayList<>();
			List<String> figures = new ArrayList<>();
			List<String> years = new ArrayList<>();
			List<String> sources = new ArrayList<>();
			if (report.section(ProgressReport.STATISTICS) == null) {
				for (CityFigure figure : profile) {
					labels.add(profileLabels.getOrDefault(figure.labelKey(), figure.labelKey()));
					figures.add(figure.value());
					years.add(figure.year() == null ? "" : figure.year().toString());
					sources.add(figure.source() == null ? "" : figure.source());
				}
			}
			else {
				for (Statistic statistic : report.statistics()) {
					labels.add(statistic.label());
					figures.add(statistic.figure());
					years.add(statistic.year() == null ? "" : statistic.year().toString());
					sources.add(statistic.source() == null ? "" : statistic.source());
				}
			}
			return new StatisticsForm(report.sectionVersion(ProgressReport.STATISTICS), labels, figures, years,
					sources);
		}

		List<Statistic> rows(BindingResult result) {
			List<Statistic> rows = new ArrayList<>();
			int count = Math.max(label.size(), figure.size());
			for (int i = 0; i < count; i++) {
				String name = cell(label, i);
				String value = cell(figure, i);
				String when = cell(year, i);
				if (name.isEmpty() && value.isEmpty()) {
					continue;
				}
				if (name.isEmpty() || name.length() > 200) {
					reject(result, "label[" + i + "]", name, "progress.statistics.labelRequired");
				}
				if (value.isEmpty() || value.length() > 60) {
					reject(result, "figure[" + i + "]", value, "progress.statistics.figureRequired");
				}
				Integer parsedYear = null;
				if (!when.isEmpty()) {
					try {
						parsedYear = Integer.valueOf(when);
					}
					catch (NumberFormatException ex) {
						parsedYear = -1;
					}
					if (parsedYear < 1900 || parsedYear > 2100) {
						reject(result, "year[" + i + "]", when, "progress.statistics.yearInvalid");
					}
				}
				String from = cell(source, i);
				if (from.length() > 300) {
					reject(result, "source[" + i + "]", from, "progress.statistics.sourceTooLong");
				}
				rows.add(new Statistic(name, value, parsedYear, from.isEmpty() ? null : from));
			}
			return rows;
		}

		private static String cell(List<String> column, int i) {
			return i < column.size() && column.get(i) != null ? column.get(i).strip() : "";
		}

	}

	/** Links to videos and articles, one a line, each http or https. */
	record LinksForm(long version, @Size(max = 4000) @Nullable String links) {

		void check(BindingResult result) {
			if (links == null) {
				return;
			}
			for (String line : links.split("\\R")) {
				String link = line.strip();
				if (!link.isEmpty() && !isWebAddress(link)) {
					reject(result, "links", links, "progress.links.invalid", link);
					return;
				}
			}
		}

		private static boolean isWebAddress(String link) {
			try {
				URI uri = new URI(link);
				return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
			}
			catch (Exception ex) {
				return false;
			}
		}

	}

	/**
	 * UIL's review: a judgement per area of focus, a message to the city, internal notes.
	 */
	record ReviewForm(long version, @Nullable Map<String, Judgement> judgements,
			@Size(max = 4000) @Nullable String message, @Size(max = 4000) @Nullable String notes) {

		ReviewForm {
			judgements = judgements == null ? new LinkedHashMap<>() : new LinkedHashMap<>(judgements);
		}

		static ReviewForm of(ProgressReport report) {
			return new ReviewForm(report.version(), report.judgements(), report.reviewMessage(),
					report.internalNotes());
		}

		Map<String, Judgement> judged() {
			Map<String, Judgement> judged = new TreeMap<>();
			judgements.forEach((code, judgement) -> {
				if (judgement != null) {
					judged.put(code, judgement);
				}
			});
			return judged;
		}

	}

}
