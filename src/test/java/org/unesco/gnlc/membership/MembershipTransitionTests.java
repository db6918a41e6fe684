package org.unesco.gnlc.membership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.test.util.ReflectionTestUtils;
import org.unesco.gnlc.membership.ApplicationData.Mayor;
import org.unesco.gnlc.membership.MembershipApplication.Recommendation;
import org.unesco.gnlc.shared.security.Actor;
import org.unesco.gnlc.shared.security.Role;
import org.unesco.gnlc.shared.web.RefusedActionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.unesco.gnlc.membership.ApplicationState.DRAFT;
import static org.unesco.gnlc.membership.ApplicationState.ENDORSED;
import static org.unesco.gnlc.membership.ApplicationState.RETURNED;
import static org.unesco.gnlc.membership.ApplicationState.SUBMITTED;

/**
 * Every transition of a membership application from every state: taken where it may
 * start, refused everywhere else with nothing changed (state, timeline, recommendation).
 */
class MembershipTransitionTests {

	static final Instant NOW = MembershipApplicationTests.NOW;

	static final LocalDate TODAY = MembershipApplicationTests.TODAY;

	static final Actor OFFICIAL = MembershipApplicationTests.OFFICIAL;

	static final Actor ENDORSER = MembershipApplicationTests.ENDORSER;

	static final Actor REVIEWER = MembershipApplicationTests.REVIEWER;

	/**
	 * One action on an application, the states it may start from and the state it leads
	 * to.
	 */
	enum Action {

		SUBMIT(EnumSet.of(DRAFT, RETURNED), SUBMITTED,
				application -> application.submit(call(), application.dataFingerprint(), TODAY, () -> "GNLC-2026-0100",
						OFFICIAL, NOW)),
		ENDORSE(EnumSet.of(SUBMITTED), ENDORSED, application -> application.endorse(ENDORSER, null, NOW)),
		RETURN_BY_THE_COMMISSION(EnumSet.of(SUBMITTED), RETURNED,
				application -> application.returnForChanges(ENDORSER, "Add the census year.", NOW)),
		DECLINE(EnumSet.of(SUBMITTED), ApplicationState.NOT_ENDORSED,
				application -> application.decline(ENDORSER, "Not this year.", NOW)),
		RETURN_BY_UIL(EnumSet.of(ENDORSED), RETURNED,
				application -> application.returnForChanges(REVIEWER, "Update the figures.", NOW)),
		RECORD_THE_RECOMMENDATION(EnumSet.of(ENDORSED), ENDORSED,
				application -> application.recordRecommendation(Recommendation.NOT_RECOMMENDED, null, REVIEWER, NOW)),
		APPROVE(EnumSet.of(ENDORSED), ApplicationState.APPROVED,
				application -> application.approve(REVIEWER, null, NOW)),
		REJECT(EnumSet.of(ENDORSED), ApplicationState.REJECTED,
				application -> application.reject(REVIEWER, "No strategy yet.", NOW)),
		WITHDRAW(EnumSet.copyOf(ApplicationState.OPEN), ApplicationState.WITHDRAWN,
				application -> application.withdraw(OFFICIAL, null, NOW)),
		SAVE_A_SECTION(EnumSet.of(DRAFT, RETURNED), DRAFT,
				application -> application.saveSection(Section.MAYOR, application.sectionVersion(Section.MAYOR), true,
						OFFICIAL, NOW, () -> application.answerMayor(new Mayor("Mr", "New Mayor", "Mayor"))));

		final Set<ApplicationState> from;

		final ApplicationState to;

		final Consumer<MembershipApplication> act;

		Action(Set<ApplicationState> from, ApplicationState to, Consumer<MembershipApplication> act) {
			this.from = from;
			this.to = to;
			this.act = act;
		}

	}

	static List<Arguments> everyActionFromEveryState() {
		List<Arguments> cases = new ArrayList<>();
		for (ApplicationState state : ApplicationState.values()) {
			for (Action action : Action.values()) {
				cases.add(Arguments.of(state, action));
			}
		}
		return cases;
	}

	@ParameterizedTest(name = "{1} from {0}")
	@MethodSource("everyActionFromEveryState")
	void anActionIsTakenFromTheStatesItStartsFromAndRefusedFromEveryOther(ApplicationState state, Action action) {
		MembershipApplication application = in(state);
		int steps = application.transitions().size();
		if (action.from.contains(state)) {
			action.act.accept(application);
			assertThat(application.state()).isEqualTo(action.to);
			assertThat(application.transitions()).hasSizeGreaterThanOrEqualTo(steps);
		}
		else {
			Recommendation recommendation = application.recommendation();
			assertThatThrownBy(() -> action.act.accept(application)).isInstanceOf(RefusedActionException.class);
			assertThat(application.state()).isEqualTo(state);
			assertThat(application.transitions()).hasSize(steps);
			assertThat(application.recommendation()).isEqualTo(recommendation);
		}
	}

	@Test
	void everyChangeOfStateIsOnTheTimelineWithWhoWhenFromToAndTheComment() {
		MembershipApplication application = in(SUBMITTED);
		application.returnForChanges(ENDORSER, "Add the census year.", NOW);
		Transition step = application.transitions().get(application.transitions().size() - 1);
		assertThat(step.getFromState()).isEqualTo(SUBMITTED);
		assertThat(step.getToState()).isEqualTo(RETURNED);
		assertThat(step.getActorName()).isEqualTo("Endorser");
		assertThat(step.getActorRole()).isEqualTo(Role.NATCOM_ENDORSER);
		assertThat(step.getAt()).isEqualTo(NOW);
		assertThat(step.getComment()).isEqualTo("Add the census year.");
		List<?> events = ReflectionTestUtils.invokeMethod(application, "domainEvents");
		assertThat(events).last()
			.isInstanceOfSatisfying(MembershipApplicationStateChanged.class,
					event -> assertThat(event.to()).isEqualTo(RETURNED));
	}

	@Test
	void theExpertGroupsRecommendationWritesATimelineEntryOnlyUilSeesAndOnlyOnceForTheSameAdvice() {
		MembershipApplication application = in(ENDORSED);
		int steps = application.transitions().size();
		application.recordRecommendation(Recommendation.RECOMMENDED, " Strong plan. ", REVIEWER, NOW);
		application.recordRecommendation(Recommendation.RECOMMENDED, "Strong plan.", REVIEWER, NOW);

		assertThat(application.transitions()).hasSize(steps + 1);
		Transition step = application.transitions().get(steps);
		assertThat(step.getEventKey()).isEqualTo("membership.timeline.recommendation.RECOMMENDED");
		assertThat(step.isInternal()).isTrue();
		assertThat(step.getFromState()).isEqualTo(ENDORSED);
		assertThat(step.getToState()).isEqualTo(ENDORSED);
		assertThat(step.getActorName()).isEqualTo("Reviewer");
		assertThat(step.getComment()).isEqualTo("Strong plan.");
		assertThat(application.state()).isEqualTo(ENDORSED);

		application.recordRecommendation(Recommendation.NOT_RECOMMENDED, null, REVIEWER, NOW);
		assertThat(application.transitions()).hasSize(steps + 2);
		assertThat(application.transitions().get(0).getEventKey()).isNull();
	}

	@Test
	void approvalNeedsTheRecommendationAndEveryDecisionButApprovalAReason() {
		MembershipApplication application = in(SUBMITTED);
		application.endorse(ENDORSER, null, NOW);
		assertThatThrownBy(() -> application.approve(REVIEWER, null, NOW))
			.hasMessage("membership.error.recommendationMissing");
		assertThatThrownBy(() -> application.reject(REVIEWER, " ", NOW)).hasMessage("membership.error.commentRequired");
		assertThatThrownBy(() -> application.returnForChanges(REVIEWER, "", NOW))
			.hasMessage("membership.error.commentRequired");
		MembershipApplication submitted = in(SUBMITTED);
		assertThatThrownBy(() -> submitted.decline(ENDORSER, null, NOW)).hasMessage("membership.error.commentRequired");
		assertThatThrownBy(() -> submitted.returnForChanges(ENDORSER, " ", NOW))
			.hasMessage("membership.error.commentRequired");
		assertThat(application.state()).isEqualTo(ENDORSED);
		assertThat(submitted.state()).isEqualTo(SUBMITTED);
	}

	/**
	 * A complete application brought to that state by the transitions themselves; once
	 * endorsed, with the experts' recommendation recorded.
	 */
	static MembershipApplication in(ApplicationState state) {
		MembershipApplication application = MembershipApplicationTests
			.saved(MembershipApplication.start(42, "Ybycuí", "PY", OFFICIAL, NOW));
		MembershipApplicationTests.complete(application);
		if (state == DRAFT) {
			return application;
		}
		application.submit(call(), application.dataFingerprint(), TODAY, () -> "GNLC-2026-0001", OFFICIAL, NOW);
		switch (state) {
			case RETURNED -> application.returnForChanges(ENDORSER, "Add the census year.", NOW);
			case NOT_ENDORSED -> application.decline(ENDORSER, "Not this year.", NOW);
			case WITHDRAWN -> application.withdraw(OFFICIAL, null, NOW);
			case ENDORSED, APPROVED, REJECTED -> {
				application.endorse(ENDORSER, null, NOW);
				application.recordRecommendation(Recommendation.RECOMMENDED, null, REVIEWER, NOW);
				if (state == ApplicationState.APPROVED) {
					application.approve(REVIEWER, null, NOW);
				}
				else if (state == ApplicationState.REJECTED) {
					application.reject(REVIEWER, "No strategy yet.", NOW);
				}
			}
			default -> {
			}
		}
		assertThat(application.state()).isEqualTo(state);
		return application;
	}

	static MembershipCall call() {
		MembershipCall call = new MembershipCall("Call", TODAY.minusDays(10), TODAY.plusDays(10), TODAY.plusDays(40),
				3);
		ReflectionTestUtils.setField(call, "id", 7L);
		return call;
	}

}
