package org.unesco.gnlc.award;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import org.unesco.gnlc.shared.security.Actor;
import org.unesco.gnlc.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.util.Collection;

/**
 * The state machines of an Award cycle and of an application: every transition and guard,
 * without a database.
 */
class AwardStateMachineTests {

	static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

	static final LocalDate TODAY = LocalDate.parse("2026-05-01");

	static final Actor OFFICIAL = new Actor(1, "Official", Role.CITY_OFFICIAL);

	static final Actor ENDORSER = new Actor(2, "Endorser", Role.NATCOM_ENDORSER);

	static final Actor UIL = new Actor(3, "Secretariat", Role.UIL_ADMIN);

	static final List<Long> CRITERIA = List.of(11L, 12L);

	/**
	 * What a refused submission is given for its reference: drawing it fails the test.
	 */
	static final Supplier<String> NO_NUMBER = () -> {
		throw new AssertionError("A refused submission drew a reference number");
	};

	AwardCycle cycle;

	AwardApplication application;

	@BeforeEach
	void openCycleWithADraft() {
		cycle = AwardCycle.plan(2026, settings(TODAY.minusDays(9), TODAY.plusDays(30), TODAY.plusDays(58)), UIL, NOW);
		ReflectionTestUtils.setField(cycle, "id", 5L);
		cycle.open(CRITERIA.size(), UIL, NOW);
		application = AwardApplication.start(5L, 2026, 42, "MX", CityProfile.EMPTY, OFFICIAL, NOW);
		ReflectionTestUtils.setField(application, "id", 420L);
	}

	static AwardCycle.Settings settings(LocalDate opens, LocalDate cityDeadline, LocalDate nominationDeadline) {
		return new AwardCycle.Settings("Award", "Prix", "Premio", null, 2, 10, 7, "Test", "MX", opens, cityDeadline,
				nominationDeadline, null, null, null);
	}

	void completeAndSign() {
		application.saveSection(AwardApplication.PROFILE_SECTION, 0, true, OFFICIAL, NOW,
				() -> application.answerProfile(new CityProfile("Mayor", "Mayor of Test", "Contact", "Officer",
						"c@example.org", null, 1000L, "Summary")));
		for (Long criterion : CRITERIA) {
			application.saveSection(AwardApplication.criterionSection(criterion), 0, true, OFFICIAL, NOW,
					() -> application.answer(criterion, "Answer " + criterion));
		}
	}

	void submit() {
		completeAndSign();
		application.submit(cycle, CRITERIA, application.dataFingerprint(), true, TODAY, () -> "LCA-2026-0001", OFFICIAL,
				NOW);
	}

	@Test
	void aCycleMovesThroughItsPhasesInOrderAndRecordsEachStep() {
		cycle.closeNominations(UIL, NOW);
		cycle.conveneJury(UIL, NOW);
		cycle.publish("Balanced and convincing", UIL, NOW);
		assertThat(cycle.state()).isEqualTo(CycleState.PUBLISHED);
		assertThat(cycle.transitions()).extracting(CycleTransition::getToState)
			.containsExactly(CycleState.PLANNED, CycleState.OPEN, CycleState.REVIEW, CycleState.JURY,
					CycleState.PUBLISHED);
		assertThat(cycle.decisionRationale()).isEqualTo("Balanced and convincing");
	}

	@Test
	void aCycleSkipsNoPhaseAndPublishesOnlyWithARationale() {
		assertThatThrownBy(() -> cycle.conveneJury(UIL, NOW)).hasMessage("award.error.cycleWrongState");
		cycle.closeNominations(UIL, NOW);
		cycle.conveneJury(UIL, NOW);
		assertThatThrownBy(() -> cycle.publish(" ", UIL, NOW)).hasMessage("award.error.rationaleRequired");
		assertThat(cycle.state()).isEqualTo(CycleState.JURY);
	}

	@Test
	void aCycleOpensOnlyWithItsDeadlinesAndCriteria() {
		AwardCycle planned = AwardCycle.plan(2027, settings(null, null, null), UIL, NOW);
		assertThatThrownBy(() -> planned.open(8, UIL, NOW)).hasMessage("award.error.deadlinesMissing");
		AwardCycle withoutCriteria = AwardCycle.plan(2027, settings(TODAY, TODAY.plusDays(1), TODAY.plusDays(2)), UIL,
				NOW);
		assertThatThrownBy(() -> withoutCriteria.open(0, UIL, NOW)).hasMessage("award.error.criteriaMissing");
	}

	@Test
	void deadlinesOutOfOrderAreRefused() {
		assertThatThrownBy(
				() -> AwardCycle.plan(2027, settings(TODAY, TODAY.plusDays(30), TODAY.plusDays(5)), UIL, NOW))
			.hasMessage("award.error.deadlinesOutOfOrder");
	}

	@Test
	void thePublishedRecordNoLongerChanges() {
		cycle.closeNominations(UIL, NOW);
		cycle.conveneJury(UIL, NOW);
		cycle.publish("Rationale", UIL, NOW);
		assertThatThrownBy(() -> cycle.change(settings(TODAY, TODAY, TODAY))).hasMessage("award.error.cyclePublished");
	}

	@Test
	void theCallAcceptsApplicationsUntilTheCityDeadlineAndNominationsUntilTheirs() {
		assertThat(cycle.acceptsApplicationsOn(TODAY.plusDays(30))).isTrue();
		assertThat(cycle.acceptsApplicationsOn(TODAY.plusDays(31))).isFalse();
		assertThat(cycle.acceptsApplicationsOn(TODAY.minusDays(10))).isFalse();
		assertThat(cycle.acceptsNominationsOn(TODAY.plusDays(58))).isTrue();
		assertThat(cycle.acceptsNominationsOn(TODAY.plusDays(59))).isFalse();
		cycle.closeNominations(UIL, NOW);
		assertThat(cycle.acceptsNominationsOn(TODAY)).isFalse();
		assertThat(cycle.isUnderReview()).isTrue();
	}

	@Test
	void submittingNeedsEverySectionTheMayorsSignatureForTheseAnswersAndTheConsentForm() {
		assertThatThrownBy(() -> application.submit(cycle, CRITERIA, null, true, TODAY, NO_NUMBER, OFFICIAL, NOW))
			.hasMessage("award.error.sectionsIncomplete");
		completeAndSign();
		String signed = application.dataFingerprint();
		application.saveSection(AwardApplication.criterionSection(11L), 1, true, OFFICIAL, NOW,
				() -> application.answer(11L, "A changed answer"));
		assertThatThrownBy(() -> application.submit(cycle, CRITERIA, signed, true, TODAY, NO_NUMBER, OFFICIAL, NOW))
			.hasMessage("award.error.signatureOutdated");
		assertThatThrownBy(() -> application.submit(cycle, CRITERIA, application.dataFingerprint(), false, TODAY,
				NO_NUMBER, OFFICIAL, NOW))
			.hasMessage("award.error.consentMissing");
		assertThat(application.state()).isEqualTo(ApplicationState.DRAFT);
		assertThat(application.reference()).isNull();
	}

	@Test
	void submittingAfterTheCityDeadlineIsRefused() {
		completeAndSign();
		assertThatThrownBy(() -> application.submit(cycle, CRITERIA, application.dataFingerprint(), true,
				TODAY.plusDays(31), NO_NUMBER, OFFICIAL, NOW))
			.hasMessage("award.error.callClosed");
	}

	@Test
	void submittingSendsItToTheNationalCommissionOnceWithAReferenceAndAnEvent() {
		submit();
		assertThat(application.state()).isEqualTo(ApplicationState.SUBMITTED);
		assertThat(application.reference()).isEqualTo("LCA-2026-0001");
		assertThat(ReflectionTestUtils.<Collection<Object>>invokeMethod(application, "domainEvents")).singleElement()
			.isEqualTo(new AwardApplicationStateChanged(420L, "LCA-2026-0001", 5L, 2026, 42, "MX",
					ApplicationState.DRAFT, ApplicationState.SUBMITTED, null, 2));
		assertThatThrownBy(() -> application.submit(cycle, CRITERIA, application.dataFingerprint(), true, TODAY,
				NO_NUMBER, OFFICIAL, NOW))
			.hasMessage("award.error.wrongState");
		assertThatThrownBy(
				() -> application.saveSection(AwardApplication.PROFILE_SECTION, 1, true, OFFICIAL, NOW, () -> {
				}))
			.hasMessage("award.error.notEditable");
	}

	@Test
	void aSectionSavedFromAStaleCopyIsRefusedAndKeepsTheColleaguesAnswer() {
		application.saveSection(AwardApplication.criterionSection(11L), 0, false, OFFICIAL, NOW,
				() -> application.answer(11L, "First"));
		assertThatThrownBy(() -> application.saveSection(AwardApplication.criterionSection(11L), 0, true, OFFICIAL, NOW,
				() -> application.answer(11L, "Second")))
			.hasMessage("award.error.sectionChanged");
		assertThat(application.answerTo(11L)).isEqualTo("First");
		assertThat(application.isCompleted(AwardApplication.criterionSection(11L))).isFalse();
	}

	@Test
	void theNationalCommissionNominatesWithANoteOrDeclinesWithAReason() {
		submit();
		assertThatThrownBy(() -> application.nominate(" ", ENDORSER, NOW))
			.hasMessage("award.error.nominationNoteRequired");
		application.nominate("Our strongest learning city", ENDORSER, NOW);
		assertThat(application.state()).isEqualTo(ApplicationState.NOMINATED);
		assertThat(application.nominationNote()).isEqualTo("Our strongest learning city");

		AwardApplication other = AwardApplication.start(5L, 2026, 43, "MX", CityProfile.EMPTY, OFFICIAL, NOW);
		assertThatThrownBy(() -> other.decline("No", ENDORSER, NOW)).hasMessage("award.error.wrongState");
	}

	@Test
	void declinedApplicationsCarryTheReasonOnTheTimeline() {
		submit();
		assertThatThrownBy(() -> application.decline("", ENDORSER, NOW)).hasMessage("award.error.reasonRequired");
		application.decline("Another city of ours is further along", ENDORSER, NOW);
		assertThat(application.state()).isEqualTo(ApplicationState.NOT_NOMINATED);
		assertThat(application.transitions()).last()
			.extracting(AwardTransition::getComment, AwardTransition::getActorRole)
			.containsExactly("Another city of ours is further along", Role.NATCOM_ENDORSER);
	}

	@Test
	void theCityWithdrawsOnlyBeforeItIsNominated() {
		submit();
		application.nominate("Note", ENDORSER, NOW);
		assertThatThrownBy(() -> application.withdraw(OFFICIAL, null, NOW)).hasMessage("award.error.notWithdrawable");

		AwardApplication draft = AwardApplication.start(5L, 2026, 44, "MX", CityProfile.EMPTY, OFFICIAL, NOW);
		ReflectionTestUtils.setField(draft, "id", 440L);
		draft.withdraw(OFFICIAL, "Not this year", NOW);
		assertThat(draft.state()).isEqualTo(ApplicationState.WITHDRAWN);
	}

	@Test
	void aNominationIsShortlistedRemovedWithAReasonAndShortlistedAgain() {
		submit();
		application.nominate("Note", ENDORSER, NOW);
		application.shortlist(UIL, null, NOW);
		assertThatThrownBy(() -> application.removeFromShortlist(UIL, " ", NOW))
			.hasMessage("award.error.reasonRequired");
		application.removeFromShortlist(UIL, "Scores revised", NOW);
		assertThat(application.state()).isEqualTo(ApplicationState.NOMINATED);
		application.shortlist(UIL, null, NOW);
		application.award(UIL, null, NOW);
		assertThat(application.state()).isEqualTo(ApplicationState.AWARDED);
	}

	@Test
	void nominationsOffTheShortlistAndUnselectedCitiesAreClosedForGood() {
		submit();
		application.nominate("Note", ENDORSER, NOW);
		application.leaveOffShortlist(UIL, null, NOW);
		assertThat(application.state()).isEqualTo(ApplicationState.NOT_SHORTLISTED);
		assertThatThrownBy(() -> application.award(UIL, null, NOW)).hasMessage("award.error.wrongState");

		AwardApplication shortlisted = AwardApplication.start(5L, 2026, 45, "MX", CityProfile.EMPTY, OFFICIAL, NOW);
		assertThatThrownBy(() -> shortlisted.notAward(UIL, null, NOW)).hasMessage("award.error.wrongState");
	}

	@Test
	void anApplicationLeftWithTheNationalCommissionLapsesWhenNominationsClose() {
		submit();
		application.lapse(UIL, "Not nominated by the deadline", NOW);
		assertThat(application.state()).isEqualTo(ApplicationState.NOT_NOMINATED);
		assertThat(application.transitions()).extracting(AwardTransition::getToState)
			.containsExactly(ApplicationState.DRAFT, ApplicationState.SUBMITTED, ApplicationState.NOT_NOMINATED);
	}

}
