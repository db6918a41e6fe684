package org.unesco.gnlc.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.unesco.gnlc.reference.KeyFeatureNode;
import org.unesco.gnlc.reference.ReferenceData;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.tasklist.SectionProgress;
import org.unesco.gnlc.shared.web.WordLimit;

/**
 * What the report pages show: the round's questions grouped by area, each with its answer
 * and status.
 */
@Component
@RequiredArgsConstructor
class ProgressViews {

	/**
	 * One question of the task list: an area of focus with its limit, answer, status and
	 * UIL's judgement.
	 */
	record Question(String code, String name, int wordLimit, @Nullable String answer, int words, String status,
			@Nullable String previousAnswer, @Nullable Judgement judgement, long version) {
	}

	record Area(String code, String name, List<Question> questions) {
	}

	record Header(long id, String cityName, String roundTitle, LocalDate deadline, long daysLeft, ReportState state,
			boolean editable) {
	}

	private final ProgressReports reports;

	private final ReferenceData reference;

	Header header(ProgressReport report, ProgressRound round, LocalDate today) {
		return new Header(report.id(), report.cityName(), round.title(), round.deadline(), round.daysLeft(today),
				report.state(), report.state().isEditableByCity());
	}

	/**
	 * The round's questions by area, with the report's answers and the previous report's
	 * beside them.
	 */
	List<Area> areas(ProgressReport report, ProgressRound round, Locale locale) {
		Optional<ProgressReport> previous = reports.previous(report);
		Map<String, Integer> questions = round.questions();
		List<Area> areas = new ArrayList<>();
		for (KeyFeatureNode area : reference.keyFeatures(locale)) {
			List<Question> asked = new ArrayList<>();
			for (KeyFeatureNode focus : area.children()) {
				Integer limit = questions.get(focus.code());
				if (limit != null) {
					asked.add(question(report, focus, limit,
							previous.map(earlier -> earlier.answer(focus.code())).orElse(null)));
				}
			}
			if (!asked.isEmpty()) {
				areas.add(new Area(area.code(), area.name(), asked));
			}
		}
		return areas;
	}

	/**
	 * The name of an area of focus of the round, or 404 for a code the round does not
	 * ask.
	 */
	Question question(ProgressReport report, ProgressRound round, String code, Locale locale) {
		return areas(report, round, locale).stream()
			.flatMap(area -> area.questions().stream())
			.filter(question -> question.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** Area of focus code → name, for the public page and exports. */
	Map<String, String> focusNames(Locale locale) {
		Map<String, String> names = new LinkedHashMap<>();
		for (KeyFeatureNode area : reference.keyFeatures(locale)) {
			for (KeyFeatureNode focus : area.children()) {
				names.put(focus.code(), focus.code() + " " + focus.name());
			}
		}
		return names;
	}

	static String status(@Nullable SectionProgress progress) {
		if (progress == null) {
			return "NOT_STARTED";
		}
		return progress.completed() ? "COMPLETED" : "IN_PROGRESS";
	}

	private static Question question(ProgressReport report, KeyFeatureNode focus, int limit,
			@Nullable String previousAnswer) {
		String answer = report.answer(focus.code());
		return new Question(focus.code(), focus.name(), limit, answer, WordLimit.Validator.count(answer),
				status(report.section(focus.code())), previousAnswer, report.judgement(focus.code()),
				report.sectionVersion(focus.code()));
	}

	static boolean canReview(PortalUser user, ProgressReport report) {
		return user.isSecretariat() && report.state() == ReportState.SUBMITTED;
	}

}
