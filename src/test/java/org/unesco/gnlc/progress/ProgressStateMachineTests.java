package org.unesco.gnlc.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import org.unesco.gnlc.shared.security.Actor;
import org.unesco.gnlc.shared.security.Role;
import org.unesco.gnlc.shared.web.RefusedActionException;
import org.unesco.gnlc.shared.web.StaleEditException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The state machines of a round and a report, each transition and each guard, without the
 * database.
 */
class ProgressStateMachineTests {

	static final Actor ADMIN = new Actor(1, "Admin", Role.UIL_ADMIN);

	static final Actor OFFICIAL = new Actor(2, "Official", Role.CITY_OFFICIAL, 7L, "AU");

	static final Actor REVIEWER = new Actor(3, "Reviewer", Role.UIL_REVIEWER);

	static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

	static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

	@Test
	void aPlannedRoundOpensIsExtendedAndClosesWithEveryStepOnItsTimeline() {
		ProgressRound round = openRound();
		round.extend(LocalDate.of(2026, 12, 31), "Many cities asked for time", ADMIN, NOW);
		round.close(ADMIN, NOW);

		assertThat(round.state()).isEqualTo(RoundState.CLOSED);
		assertThat(round.deadline()).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(round.steps()).extracting(RoundStep::getToState)
			.containsExactly(RoundState.PLANNED, RoundState.OPEN, RoundState.OPEN, RoundState.CLOSED);
		assertThat(round.steps().get(2).getComment()).contains("2026-09-30 → 2026-12-31").contains("Many cities");
	}

	@Test
	void aRoundOpensOnceAndOnlyAnOpenRoundIsExtendedOrClosed() {
		ProgressRound round = ProgressRound.plan(terms(), ADMIN, NOW);
		assertThatThrownBy(() -> round.close(ADMIN, NOW)).hasMessage("progress.error.roundNotOpen");
		assertThatThrownBy(() -> round.extend(LocalDate.of(2027, 1, 1), null, ADMIN, NOW))
			.hasMessage("progress.error.roundNotOpen");
		round.open(ADMIN, NOW);
		assertThatThrownBy(() -> round.open(ADMIN, NOW)).hasMessage("progress.error.roundNotPlanned");
		assertThatThrownBy(() -> round.change(terms(), 0)).hasMessage("progress.error.roundNotPlanned");
	}

	@Test
	void anExtensionMustMoveTheDeadlineLater() {
		ProgressRound round = openRound();
		assertThatThrownBy(() -> round.extend(LocalDate.of(2026, 9, 30), null, ADMIN, NOW))
			.isInstanceOf(RefusedActionException.class)
			.hasMessage("progress.error.deadlineNotLater");
		assertThat(round.steps()).hasSize(2);
	}

	@Test
	void aStaleEditOfAPlannedRoundIsRefused() {
		ProgressRound round = ProgressRound.plan(terms(), ADMIN, NOW);
		assertThatThrownBy(() -> round.change(terms(), 3)).isInstanceOf(StaleEditException.class);
	}

	@Test
	void aReportGoesFromDraftToSubmittedToReturnedToSubmittedToAccepted() {
		ProgressRound round = openRound();
		ProgressReport report = completeDraft(round);

		report.submit(round, TODAY, OFFICIAL, NOW);
		report.returnForCompletion(REVIEWER, "Add figures for 2.1", NOW);
		report.answer("2.1", "More figures and a case study.", 1, true, OFFICIAL, NOW);
		report.submit(round, TODAY, OFFICIAL, NOW);
		report.review(allJudged(round), "Thank you", "Good", report.version());
		report.accept(round, REVIEWER, null, NOW);

		assertThat(report.state()).isEqualTo(ReportState.ACCEPTED);
		assertThat(report.transitions()).extracting(ReportTransition::getToState)
			.containsExactly(ReportState.DRAFT, ReportState.SUBMITTED, ReportState.RETURNED, ReportState.SUBMITTED,
					ReportState.ACCEPTED);
		assertThat(report.transitions().get(2).getComment()).isEqualTo("Add figures for 2.1");
		assertThat(report.transitions().get(2).getActorRole()).isEqualTo(Role.UIL_REVIEWER);
	}

	@Test
	void anIncompleteReportIsNotSubmitted() {
		ProgressRound round = openRound();
		ProgressReport report = due();
		report.answer("1.1", "Only one answer.", 0, true, OFFICIAL, NOW);
		assertThatThrownBy(() -> report.submit(round, TODAY, OFFICIAL, NOW))
			.hasMessage("progress.error.sectionsIncomplete");
		assertThat(report.state()).isEqualTo(ReportState.DRAFT);
	}

	@Test
	void anAnswerSavedForLaterDoesNotCountAsComplete() {
		ProgressRound round = openRound();
		ProgressReport report = completeDraft(round);
		report.answer("1.1", "Still working on it.", 1, false, OFFICIAL, NOW);
		assertThat(report.missing(round)).containsExactly("1.1");
	}

	@Test
	void aSecondSubmitChangesNothing() {
		ProgressRound round = openRound();
		ProgressReport report = completeDraft(round);
		report.submit(round, TODAY, OFFICIAL, NOW);
		assertThatThrownBy(() -> report.submit(round, TODAY, OFFICIAL, NOW))
			.hasMessage("progress.error.alreadySubmitted");
		assertThat(report.transitions()).hasSize(2);
	}

	@Test
	void aReportIsNotSubmittedToAClosedRoundNorBeforeItOpens() {
		ProgressRound round = openRound();
		ProgressReport report = completeDraft(round);
		assertThatThrownBy(() -> report.submit(round, LocalDate.of(2026, 1, 1), OFFICIAL, NOW))
			.hasMessage("progress.error.roundNotOpen");
		round.close(ADMIN, NOW);
		assertThatThrownBy(() -> report.submit(round, TODAY, OFFICIAL, NOW)).hasMessage("progress.error.roundNotOpen");
	}

	@Test
	void aSubmittedReportIsNotEditedByTheCity() {
		ProgressRound round = openRound();
		ProgressReport report = completeDraft(round);
		report.submit(round, TODAY, OFFICIAL, NOW);
		assertThatThrownBy(() -> report.answer("1.1", "Changed", 1, true, OFFICIAL, NOW))
			.hasMessage("progress.error.notEditable");
		assertThat(report.answer("1.1")).isEqualTo("Answer for 1.1");
	}

	@Test
	void aStaleSaveOfASectionIsRefusedAndKeepsTheOtherEditorsText() {
		ProgressReport report = due();
		report.answer("1.1", "First editor", 0, false, OFFICIAL, NOW);
		assertThatThrownBy(() -> report.answer("1.1", "Second editor", 0, false, OFFICIAL, NOW))
			.isInstanceOf(StaleEditException.class);
		assertThat(report.answer("1.1")).isEqualTo("First editor");
	}

	@Test
	void aReportIsAcceptedOnlyWithAJudgementForEveryAreaOfFocus() {
		ProgressRound round = openRound();
		ProgressReport report = completeDraft(round);
		report.submit(round, TODAY, OFFICIAL, NOW);
		report.review(Map.of("1.1", Judgement.WELL_EVIDENCED), null, null, report.version());
		assertThatThrownBy(() -> report.accept(round, REVIEWER, null, NOW))
			.hasMessage("progress.error.judgementsMissing");
		assertThat(report.state()).isEqualTo(ReportState.SUBMITTED);
	}

	@Test
	void aReturnNeedsItsReasons() {
		ProgressRound round = openRound();
		ProgressReport report = completeDraft(round);
		report.submit(round, TODAY, OFFICIAL, NOW);
		assertThatThrownBy(() -> report.returnForCompletion(REVIEWER, "  ", NOW))
			.hasMessage("progress.error.reasonRequired");
	}

	@Test
	void aDraftIsNeitherAcceptedNorReturnedNorReviewed() {
		ProgressRound round = openRound();
		ProgressReport report = completeDraft(round);
		assertThatThrownBy(() -> report.accept(round, REVIEWER, null, NOW)).hasMessage("progress.error.wrongState");
		assertThatThrownBy(() -> report.returnForCompletion(REVIEWER, "Why", NOW))
			.hasMessage("progress.error.wrongState");
		assertThatThrownBy(() -> report.review(Map.of(), null, null, 0)).hasMessage("progress.error.wrongState");
	}

	@Test
	void highlightsArePublishedOnlyFromAnAcceptedReport() {
		ProgressRound round = openRound();
		ProgressReport report = completeDraft(round);
		assertThatThrownBy(() -> report.publishHighlights("Highlights", true)).hasMessage("progress.error.wrongState");
		report.submit(round, TODAY, OFFICIAL, NOW);
		report.review(allJudged(round), null, null, report.version());
		report.accept(round, REVIEWER, null, NOW);
		assertThatThrownBy(() -> report.publishHighlights(" ", true)).hasMessage("progress.error.highlightsEmpty");
		report.publishHighlights("New learning spaces", true);
		assertThat(report.highlightsPublished()).isTrue();
	}

	@Test
	void eachTransitionRegistersAnEventForTheMails() {
		ProgressRound round = openRound();
		ProgressReport report = completeDraft(round);
		report.submit(round, TODAY, OFFICIAL, NOW);
		report.returnForCompletion(REVIEWER, "More", NOW);
		@SuppressWarnings("unchecked")
		List<Object> events = (List<Object>) ReflectionTestUtils.invokeMethod(report, "domainEvents");
		assertThat(events).extracting(event -> ((ReportStateChanged) event).to())
			.containsExactly(ReportState.SUBMITTED, ReportState.RETURNED);
	}

	static ProgressRound.Terms terms() {
		Map<String, Integer> questions = new TreeMap<>(Map.of("1.1", 50, "2.1", 50, "3.1", 50));
		return new ProgressRound.Terms("Round 2024–2026", LocalDate.of(2024, 4, 1), LocalDate.of(2026, 3, 31),
				LocalDate.of(2026, 5, 1), LocalDate.of(2026, 9, 30), 30, LocalDate.of(2025, 9, 30), questions);
	}

	static ProgressRound openRound() {
		ProgressRound round = ProgressRound.plan(terms(), ADMIN, NOW);
		round.open(ADMIN, NOW);
		return round;
	}

	static ProgressReport due() {
		ProgressReport report = ProgressReport.due(1, 7, "Melton", "AU", ADMIN, NOW);
		ReflectionTestUtils.setField(report, "id", 42L);
		return report;
	}

	static ProgressReport completeDraft(ProgressRound round) {
		ProgressReport report = due();
		round.questions().keySet().forEach(code -> report.answer(code, "Answer for " + code, 0, true, OFFICIAL, NOW));
		return report;
	}

	static Map<String, Judgement> allJudged(ProgressRound round) {
		Map<String, Judgement> judged = new TreeMap<>();
		round.questions().keySet().forEach(code -> judged.put(code, Judgement.IN_PROGRESS));
		return judged;
	}

}
