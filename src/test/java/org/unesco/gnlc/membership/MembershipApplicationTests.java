package org.unesco.gnlc.membership;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import org.unesco.gnlc.membership.ApplicationData.CityDetails;
import org.unesco.gnlc.membership.ApplicationData.CityProfile;
import org.unesco.gnlc.membership.ApplicationData.ContactPerson;
import org.unesco.gnlc.membership.ApplicationData.Implementation;
import org.unesco.gnlc.membership.ApplicationData.Mayor;
import org.unesco.gnlc.membership.ApplicationData.Pledge;
import org.unesco.gnlc.membership.MembershipApplication.Recommendation;
import org.unesco.gnlc.shared.security.Actor;
import org.unesco.gnlc.shared.security.Role;
import org.unesco.gnlc.shared.web.RefusedActionException;
import org.unesco.gnlc.shared.web.StaleEditException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The state machine of an application, every transition and every guard, without a
 * database.
 */
class MembershipApplicationTests {

	static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

	static final LocalDate TODAY = LocalDate.parse("2026-06-01");

	static final Actor OFFICIAL = new Actor(1, "Official", Role.CITY_OFFICIAL);

	static final Actor ENDORSER = new Actor(2, "Endorser", Role.NATCOM_ENDORSER);

	static final Actor REVIEWER = new Actor(3, "Reviewer", Role.UIL_REVIEWER);

	/**
	 * What a refused submission is given for its reference: drawing it fails the test.
	 */
	static final Supplier<String> NO_NUMBER = () -> {
		throw new AssertionError("A refused submission drew a reference number");
	};

	MembershipCall openCall;

	MembershipApplication application;

	@BeforeEach
	void draft() {
		openCall = new MembershipCall("Call", TODAY.minusDays(10), TODAY.plusDays(10), TODAY.plusDays(40), 3);
		ReflectionTestUtils.setField(openCall, "id", 7L);
		application = saved(MembershipApplication.start(42, "Ybycuí", "PY", OFFICIAL, NOW));
	}

	/** As the repository would: an application that was saved has an id. */
	static MembershipApplication saved(MembershipApplication application) {
		ReflectionTestUtils.setField(application, "id", application.cityId() * 10);
		return application;
	}

	@Test
	void anApplicationStartsAsADraftWithTheCityNameFilledIn() {
		assertThat(application.state()).isEqualTo(ApplicationState.DRAFT);
		assertThat(application.cityName()).isEqualTo("Ybycuí");
		assertThat(application.status(Section.CITY)).isEqualTo(SectionStatus.NOT_STARTED);
		assertThat(application.transitions()).singleElement()
			.satisfies(step -> assertThat(step.getToState()).isEqualTo(ApplicationState.DRAFT));
	}

	@Test
	void aSectionSavedForLaterIsInProgressAndCompletedOnlyWhenMarkedSo() {
		application.saveSection(Section.MAYOR, 0, false, OFFICIAL, NOW,
				() -> application.answerMayor(new Mayor("Ms", null, null)));
		assertThat(application.status(Section.MAYOR)).isEqualTo(SectionStatus.IN_PROGRESS);
		application.saveSection(Section.MAYOR, 1, true, OFFICIAL, NOW,
				() -> application.answerMayor(new Mayor("Ms", "Name", "Mayor")));
		assertThat(application.status(Section.MAYOR)).isEqualTo(SectionStatus.COMPLETED);
		assertThat(application.sectionVersion(Section.MAYOR)).isEqualTo(2);
	}

	@Test
	void aSecondOfficialSavingTheSameSectionFromAStaleCopyIsRefusedNotOverwriting() {
		application.saveSection(Section.MAYOR, 0, true, OFFICIAL, NOW,
				() -> application.answerMayor(new Mayor("Ms", "First", "Mayor")));
		assertThatThrownBy(() -> application.saveSection(Section.MAYOR, 0, true, OFFICIAL, NOW,
				() -> application.answerMayor(new Mayor("Mr", "Second", "Mayor"))))
			.isInstanceOf(StaleEditException.class);
		assertThat(application.mayor().mayorName()).isEqualTo("First");
	}

	@Test
	void twoOfficialsEditingDifferentSectionsDoNotCollide() {
		application.saveSection(Section.MAYOR, 0, true, OFFICIAL, NOW, () -> {
		});
		application.saveSection(Section.PLEDGE, 0, true, OFFICIAL, NOW, () -> {
		});
		assertThat(application.status(Section.PLEDGE)).isEqualTo(SectionStatus.COMPLETED);
	}

	@Test
	void submittingNeedsEverySectionCompleted() {
		assertThatThrownBy(
				() -> application.submit(openCall, application.dataFingerprint(), TODAY, NO_NUMBER, OFFICIAL, NOW))
			.isInstanceOf(RefusedActionException.class)
			.hasMessage("membership.error.sectionsIncomplete");
		assertThat(application.state()).isEqualTo(ApplicationState.DRAFT);
	}

	@Test
	void submittingNeedsASignedFormOfTheCurrentAnswers() {
		complete(application);
		String signed = application.dataFingerprint();
		application.saveSection(Section.MOTIVATION, 1, true, OFFICIAL, NOW,
				() -> application.answerMotivation("Changed after signing."));
		assertThatThrownBy(() -> application.submit(openCall, signed, TODAY, NO_NUMBER, OFFICIAL, NOW))
			.hasMessage("membership.error.signatureOutdated");
		assertThatThrownBy(() -> application.submit(openCall, null, TODAY, NO_NUMBER, OFFICIAL, NOW))
			.hasMessage("membership.error.signatureOutdated");
	}

	@Test
	void submittingOutsideTheCallIsRefusedAndTheApplicationStaysSaved() {
		complete(application);
		assertThatThrownBy(() -> application.submit(openCall, application.dataFingerprint(), TODAY.plusDays(11),
				NO_NUMBER, OFFICIAL, NOW))
			.hasMessage("membership.error.callClosed");
		assertThat(application.state()).isEqualTo(ApplicationState.DRAFT);
	}

	@Test
	void submittingSendsItToTheNationalCommissionWithAReferenceAndOnlyOnce() {
		submitted();
		assertThat(application.state()).isEqualTo(ApplicationState.SUBMITTED);
		assertThat(application.reference()).isEqualTo("GNLC-2026-0001");
		assertThat(application.callId()).isEqualTo(7L);
		assertThatThrownBy(
				() -> application.submit(openCall, application.dataFingerprint(), TODAY, NO_NUMBER, OFFICIAL, NOW))
			.hasMessage("membership.error.alreadySubmitted");
		assertThat(application.reference()).isEqualTo("GNLC-2026-0001");
	}

	@Test
	void theNationalCommissionEndorses() {
		submitted();
		application.endorse(ENDORSER, "Supported.", NOW);
		assertThat(application.state()).isEqualTo(ApplicationState.ENDORSED);
		assertThat(application.transitions()).last().satisfies(step -> {
			assertThat(step.getFromState()).isEqualTo(ApplicationState.SUBMITTED);
			assertThat(step.getActorName()).isEqualTo("Endorser");
			assertThat(step.getComment()).isEqualTo("Supported.");
		});
	}

	@Test
	void theNationalCommissionReturnsItWithACommentAndTheCityRevisesAndResubmits() {
		submitted();
		assertThatThrownBy(() -> application.returnForChanges(ENDORSER, " ", NOW))
			.hasMessage("membership.error.commentRequired");
		application.returnForChanges(ENDORSER, "Please add the census year.", NOW);
		assertThat(application.state()).isEqualTo(ApplicationState.RETURNED);
		application.saveSection(Section.PROFILE, application.sectionVersion(Section.PROFILE), true, OFFICIAL, NOW,
				() -> {
				});
		assertThat(application.state()).isEqualTo(ApplicationState.DRAFT);
		application.submit(openCall, application.dataFingerprint(), TODAY, () -> "GNLC-2026-0099", OFFICIAL, NOW);
		assertThat(application.state()).isEqualTo(ApplicationState.SUBMITTED);
		assertThat(application.reference()).as("the reference stays").isEqualTo("GNLC-2026-0001");
	}

	@Test
	void theNationalCommissionDeclinesWithAReason() {
		submitted();
		assertThatThrownBy(() -> application.decline(ENDORSER, "", NOW)).hasMessage("membership.error.commentRequired");
		application.decline(ENDORSER, "Not yet ready.", NOW);
		assertThat(application.state()).isEqualTo(ApplicationState.NOT_ENDORSED);
	}

	@Test
	void uilApprovesOnlyAfterRecordingTheExpertsRecommendation() {
		submitted();
		application.endorse(ENDORSER, null, NOW);
		assertThatThrownBy(() -> application.approve(REVIEWER, null, NOW))
			.hasMessage("membership.error.recommendationMissing");
		application.recordRecommendation(Recommendation.RECOMMENDED, "Strong plan.", REVIEWER, NOW);
		application.approve(REVIEWER, "Welcome to the network.", NOW);
		assertThat(application.state()).isEqualTo(ApplicationState.APPROVED);
	}

	@Test
	void uilRejectsWithAReasonOrReturnsForChanges() {
		submitted();
		application.endorse(ENDORSER, null, NOW);
		application.returnForChanges(REVIEWER, "Describe the learning festival.", NOW);
		assertThat(application.state()).isEqualTo(ApplicationState.RETURNED);

		MembershipApplication other = saved(MembershipApplication.start(43, "Other", "PY", OFFICIAL, NOW));
		complete(other);
		other.submit(openCall, other.dataFingerprint(), TODAY, () -> "GNLC-2026-0005", OFFICIAL, NOW);
		other.endorse(ENDORSER, null, NOW);
		other.reject(REVIEWER, "No strategy yet.", NOW);
		assertThat(other.state()).isEqualTo(ApplicationState.REJECTED);
	}

	@Test
	void actionsOutOfTurnAreRefused() {
		assertThatThrownBy(() -> application.endorse(ENDORSER, null, NOW)).hasMessage("membership.error.wrongState");
		assertThatThrownBy(() -> application.approve(REVIEWER, null, NOW)).hasMessage("membership.error.wrongState");
		submitted();
		assertThatThrownBy(() -> application.reject(REVIEWER, "x", NOW)).hasMessage("membership.error.wrongState");
		assertThatThrownBy(() -> application.returnForChanges(REVIEWER, "x", NOW))
			.hasMessage("membership.error.wrongState");
		assertThatThrownBy(() -> application.saveSection(Section.CITY, 1, true, OFFICIAL, NOW, () -> {
		})).hasMessage("membership.error.notEditable");
	}

	@Test
	void theCityWithdrawsAtAnyTimeBeforeADecisionButNotAfter() {
		application.withdraw(OFFICIAL, "Next year.", NOW);
		assertThat(application.state()).isEqualTo(ApplicationState.WITHDRAWN);
		assertThatThrownBy(() -> application.withdraw(OFFICIAL, null, NOW))
			.hasMessage("membership.error.notWithdrawable");

		MembershipApplication endorsed = saved(MembershipApplication.start(44, "Endorsed", "PY", OFFICIAL, NOW));
		complete(endorsed);
		endorsed.submit(openCall, endorsed.dataFingerprint(), TODAY, () -> "GNLC-2026-0006", OFFICIAL, NOW);
		endorsed.endorse(ENDORSER, null, NOW);
		endorsed.withdraw(OFFICIAL, null, NOW);
		assertThat(endorsed.state()).isEqualTo(ApplicationState.WITHDRAWN);
	}

	@Test
	void theFingerprintChangesWithAnyAnswer() {
		complete(application);
		String before = application.dataFingerprint();
		assertThat(application.dataFingerprint()).isEqualTo(before);
		application.saveSection(Section.CHALLENGES, 1, true, OFFICIAL, NOW,
				() -> application.answerChallenges(Map.of(1L, 5)));
		assertThat(application.dataFingerprint()).isNotEqualTo(before).hasSize(64);
	}

	private void submitted() {
		complete(application);
		application.submit(openCall, application.dataFingerprint(), TODAY, () -> "GNLC-2026-0001", OFFICIAL, NOW);
	}

	static void complete(MembershipApplication application) {
		application.saveSection(Section.CITY, 0, true, OFFICIAL, NOW,
				() -> application.answerCity(new CityDetails(application.cityName(), "https://city.example")));
		application.saveSection(Section.MAYOR, 0, true, OFFICIAL, NOW,
				() -> application.answerMayor(new Mayor("Ms", "Mayor", "Mayor")));
		application.saveSection(Section.CONTACT, 0, true, OFFICIAL, NOW,
				() -> application.answerContact(new ContactPerson("C", "T", "O", "A", "+1", "c@city.example", "en")));
		application.saveSection(Section.PLEDGE, 0, true, OFFICIAL, NOW,
				() -> application.answerPledge(new Pledge(true, true)));
		application.saveSection(Section.PROFILE, 0, true, OFFICIAL, NOW,
				() -> application.answerProfile(new CityProfile(1000L, 2024, BigDecimal.TEN, 2024, BigDecimal.ONE, 2024,
						BigDecimal.ONE, 2024, BigDecimal.TEN, 2024, BigDecimal.TEN, 2024)));
		application.saveSection(Section.MOTIVATION, 0, true, OFFICIAL, NOW, () -> application.answerMotivation("Why."));
		application.saveSection(Section.IMPLEMENTATION, 0, true, OFFICIAL, NOW,
				() -> application.answerImplementation(new Implementation("How.", null)));
		application.saveSection(Section.CHALLENGES, 0, true, OFFICIAL, NOW,
				() -> application.answerChallenges(Map.of(1L, 3)));
	}

}
