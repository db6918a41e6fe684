package org.unesco.gnlc.award;

import java.util.Locale;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.unesco.gnlc.DemoUsers;
import org.unesco.gnlc.PortalTest;
import org.unesco.gnlc.award.ReviewViews.LeaderboardRow;
import org.unesco.gnlc.award.ReviewViews.RegionCount;
import org.unesco.gnlc.reference.UnescoRegion;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import org.assertj.core.groups.Tuple;

/**
 * The leaderboard ranks nominations by the weighted mean of their submitted reviews,
 * shows the spread and the counts per region and country; UIL shortlists nominations with
 * two reviews while the cycle is under review, is warned of two cities of one country,
 * and sends the shortlist to the jury.
 */
@PortalTest
class LeaderboardTests {

	private static final Offset<Double> EXACTLY = Offset.offset(1e-9);

	@Autowired
	MockMvc mvc;

	@Autowired
	AwardFixtures fixtures;

	@Autowired
	ReviewTestSupport support;

	@Autowired
	Leaderboard leaderboard;

	@Autowired
	JdbcClient jdbc;

	private final PortalUser admin = DemoUsers.person(Role.UIL_ADMIN);

	private AwardApplication nomination(AwardCycle cycle, String countryCode) {
		return fixtures.application(cycle, fixtures.memberCity(countryCode), ApplicationState.NOMINATED);
	}

	private long assignedTo(AwardCycle cycle, AwardApplication application, PortalUser reviewer) {
		return support.assignDirectly(application, reviewer);
	}

	private MvcResult shortlist(AwardCycle cycle, AwardApplication application, PortalUser who) throws Exception {
		return mvc
			.perform(post("/award/cycles/{year}/leaderboard/shortlist", cycle.year()).with(csrf())
				.with(user(who))
				.param("applicationId", String.valueOf(application.id())))
			.andReturn();
	}

	@Test
	void theWeightedMeanAndTheSpreadFollowTheWeightsTheScalesAndTheLatestScores() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		// the first criterion weighs three times, the seven others once: Σ weight = 10
		jdbc.sql("update award_criterion set weight = 3 where cycle_id = :cycle and position = 1")
			.param("cycle", cycle.id())
			.update();
		AwardApplication espoo = nomination(cycle, "FI");
		AwardApplication nairobi = nomination(cycle, "KE");
		AwardApplication unreviewed = nomination(cycle, "KE");
		PortalUser german = support.reviewer("DE");
		PortalUser canadian = support.reviewer("CA");
		long germanOnEspoo = assignedTo(cycle, espoo, german);
		long canadianOnEspoo = assignedTo(cycle, espoo, canadian);
		long germanOnNairobi = assignedTo(cycle, nairobi, german);

		// German reviewer: 4/10 on the weight-3 criterion, 10/10 elsewhere: (3 × 0.4 + 7)
		// / 10 = 82 %
		mvc.perform(support.scores(cycle, germanOnEspoo, german, "", 4, 10));
		// Canadian reviewer: 5/10 everywhere = 50 %
		mvc.perform(support.scores(cycle, canadianOnEspoo, canadian, "", 5));
		mvc.perform(support.scores(cycle, germanOnNairobi, german, "", 10));

		Leaderboard.Board board = leaderboard.board(admin, cycle.year(), 0, Locale.ENGLISH);
		assertThat(board.rows().getContent()).extracting(LeaderboardRow::applicationId)
			.containsExactly(nairobi.id(), espoo.id(), unreviewed.id());
		LeaderboardRow espooRow = board.rows().getContent().get(1);
		assertThat(espooRow.reviews()).isEqualTo(2);
		assertThat(espooRow.mean()).isCloseTo(66.0, EXACTLY);
		assertThat(espooRow.spread()).isCloseTo(32.0, EXACTLY);
		assertThat(board.rows().getContent().get(0).mean()).isCloseTo(100.0, EXACTLY);
		assertThat(board.rows().getContent().get(0).spread()).isCloseTo(0.0, EXACTLY);
		assertThat(board.rows().getContent().get(2).mean()).isNull();

		// the German reviewer changes 4 into 9: only the latest score counts, (3 × 0.9 +
		// 7) / 10 = 97 %
		mvc.perform(support.scores(cycle, germanOnEspoo, german, "", 9, 10))
			.andExpect(flash().attribute("success", "award.review.scores.changed"));
		LeaderboardRow changed = leaderboard.board(admin, cycle.year(), 0, Locale.ENGLISH).rows().getContent().get(1);
		assertThat(changed.mean()).isCloseTo(73.5, EXACTLY);
		assertThat(changed.spread()).isCloseTo(47.0, EXACTLY);

		mvc.perform(get("/award/cycles/{year}/leaderboard", cycle.year()).with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("73.5 %")))
			.andExpect(content().string(containsString("47.0")));
	}

	@Test
	void theLeaderboardCountsNominationsPerRegionAndPerCountry() {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		AwardApplication espoo = nomination(cycle, "FI");
		nomination(cycle, "FI");
		nomination(cycle, "KE");
		support.reviewedDirectly(cycle, espoo, support.reviewer("DE"), 6);
		support.reviewedDirectly(cycle, espoo, support.reviewer("CA"), 8);

		Leaderboard.Board board = leaderboard.board(admin, cycle.year(), 0, Locale.ENGLISH);

		assertThat(board.nominations()).isEqualTo(3);
		assertThat(board.reviewed()).isEqualTo(1);
		assertThat(board.countries())
			.extracting(ReviewViews.CountryCount::countryName, ReviewViews.CountryCount::nominations,
					ReviewViews.CountryCount::reviewed)
			.containsExactlyInAnyOrder(Tuple.tuple("Finland", 2L, 1L), Tuple.tuple("Kenya", 1L, 0L));
		assertThat(board.regions()).hasSize(5);
		assertThat(board.regions()).filteredOn(region -> region.region() == UnescoRegion.EUROPE_NORTH_AMERICA)
			.singleElement()
			.extracting(RegionCount::nominations)
			.isEqualTo(2L);
		assertThat(board.regions()).filteredOn(region -> region.region() == UnescoRegion.AFRICA)
			.singleElement()
			.extracting(RegionCount::nominations)
			.isEqualTo(1L);
		assertThat(board.rows().getContent().get(0).mean()).isCloseTo(70.0, EXACTLY);
		assertThat(board.rows().getContent().get(0).spread()).isCloseTo(20.0, EXACTLY);
	}

	@Test
	void aReviewerDoesNotSeeTheScoreOfANominationTheyHaveYetToReview() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		AwardApplication espoo = nomination(cycle, "FI");
		support.reviewedDirectly(cycle, espoo, support.reviewer("DE"), 7);
		PortalUser late = support.reviewer("CA");
		long assignment = assignedTo(cycle, espoo, late);

		LeaderboardRow before = leaderboard.board(late, cycle.year(), 0, Locale.ENGLISH).rows().getContent().get(0);
		assertThat(before.hidden()).isTrue();
		assertThat(before.mean()).isNull();
		mvc.perform(get("/award/cycles/{year}/leaderboard", cycle.year()).with(user(late)))
			.andExpect(content().string(containsString("shown after your review")))
			.andExpect(content().string(not(containsString("70.0 %"))));

		mvc.perform(support.scores(cycle, assignment, late, "", 9));
		LeaderboardRow after = leaderboard.board(late, cycle.year(), 0, Locale.ENGLISH).rows().getContent().get(0);
		assertThat(after.hidden()).isFalse();
		assertThat(after.mean()).isCloseTo(80.0, EXACTLY);
	}

	@Test
	void onlyANominationWithTwoSubmittedReviewsIsShortlistedAndOnlyWithAReasonTakenOff() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		AwardApplication espoo = nomination(cycle, "FI");
		support.reviewedDirectly(cycle, espoo, support.reviewer("CA"), 7);
		assignedTo(cycle, espoo, support.reviewer("BR"));

		assertThat(shortlist(cycle, espoo, admin).getFlashMap().get("error"))
			.isEqualTo("award.review.error.twoReviewsNeeded");
		assertThat(support.state(espoo)).isEqualTo(ApplicationState.NOMINATED);

		support.reviewedDirectly(cycle, espoo, support.reviewer("JP"), 5);
		PortalUser reviewer = support.reviewer("CA");
		assertThat(shortlist(cycle, espoo, reviewer).getFlashMap().get("success"))
			.isEqualTo("award.review.shortlisted");
		assertThat(support.state(espoo)).isEqualTo(ApplicationState.SHORTLISTED);

		MvcResult withoutReason = mvc
			.perform(post("/award/cycles/{year}/leaderboard/unshortlist", cycle.year()).with(csrf())
				.with(user(admin))
				.param("applicationId", String.valueOf(espoo.id())))
			.andReturn();
		assertThat(withoutReason.getFlashMap().get("error")).isEqualTo("award.error.reasonRequired");
		assertThat(support.state(espoo)).isEqualTo(ApplicationState.SHORTLISTED);

		mvc.perform(post("/award/cycles/{year}/leaderboard/unshortlist", cycle.year()).with(csrf())
			.with(user(admin))
			.param("applicationId", String.valueOf(espoo.id()))
			.param("comment", "Weaker than the other Nordic city"))
			.andExpect(flash().attribute("success", "award.review.removedFromShortlist"));
		assertThat(support.state(espoo)).isEqualTo(ApplicationState.NOMINATED);
	}

	@Test
	void nobodyShortlistsACityOfTheirOwnCountryOrOneTheyDeclaredAConflictOn() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		AwardApplication espoo = nomination(cycle, "FI");
		support.reviewedDirectly(cycle, espoo, support.reviewer("DE"), 7);
		support.reviewedDirectly(cycle, espoo, support.reviewer("CA"), 7);
		PortalUser finn = support.reviewer("FI");
		PortalUser conflicted = support.reviewer("BR");
		long assignment = assignedTo(cycle, espoo, conflicted);
		mvc.perform(post("/award/review/{id}/conflict", assignment).with(csrf())
			.with(user(conflicted))
			.param("note", "Family in the city"));

		assertThat(shortlist(cycle, espoo, finn).getFlashMap().get("error"))
			.isEqualTo("award.review.error.ownCountryShortlist");
		assertThat(shortlist(cycle, espoo, conflicted).getFlashMap().get("error"))
			.isEqualTo("award.review.error.conflictDeclared");
		assertThat(support.state(espoo)).isEqualTo(ApplicationState.NOMINATED);
	}

	@Test
	void theShortlistWarnsWhenItHoldsTwoCitiesOfOneCountry() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		AwardApplication espoo = nomination(cycle, "FI");
		AwardApplication tampere = nomination(cycle, "FI");
		for (AwardApplication application : new AwardApplication[] { espoo, tampere }) {
			support.reviewedDirectly(cycle, application, support.reviewer("DE"), 7);
			support.reviewedDirectly(cycle, application, support.reviewer("CA"), 8);
		}
		shortlist(cycle, espoo, admin);
		mvc.perform(get("/award/cycles/{year}/leaderboard", cycle.year()).with(user(admin)))
			.andExpect(content().string(not(containsString("Only one city per country may receive the Award"))));

		shortlist(cycle, tampere, admin);

		mvc.perform(get("/award/cycles/{year}/leaderboard", cycle.year()).with(user(admin)))
			.andExpect(content().string(containsString(
					"The shortlist has 2 cities of Finland. Only one city per country may receive the Award.")));
		assertThat(leaderboard.board(admin, cycle.year(), 0, Locale.ENGLISH).countriesTwiceShortlisted())
			.extracting(ReviewViews.CountryCount::countryCode)
			.containsExactly("FI");
	}

	@Test
	void theAdminSendsTheShortlistToTheJuryAndTheOtherNominationsAreLeftOffIt() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		AwardApplication espoo = nomination(cycle, "FI");
		AwardApplication nairobi = nomination(cycle, "KE");
		support.reviewedDirectly(cycle, espoo, support.reviewer("DE"), 7);
		support.reviewedDirectly(cycle, espoo, support.reviewer("CA"), 8);

		MvcResult whileOpen = mvc
			.perform(post("/award/cycles/{year}/leaderboard/convene-jury", cycle.year()).with(csrf()).with(user(admin)))
			.andReturn();
		assertThat((String) whileOpen.getFlashMap().get("error")).startsWith("award.review.error.conveneAfter");
		mvc.perform(get("/award/cycles/{year}/leaderboard", cycle.year()).with(user(admin)))
			.andExpect(content().string(containsString("once the nominations are closed")))
			.andExpect(content().string(not(containsString("leaderboard/convene-jury"))));

		fixtures.advance(cycle, CycleState.REVIEW);
		MvcResult empty = mvc
			.perform(post("/award/cycles/{year}/leaderboard/convene-jury", cycle.year()).with(csrf()).with(user(admin)))
			.andReturn();
		assertThat(empty.getFlashMap().get("error")).isEqualTo("award.review.error.shortlistEmpty");
		assertThat(support.state(cycle)).isEqualTo(CycleState.REVIEW);

		shortlist(cycle, espoo, admin);
		mvc.perform(post("/award/cycles/{year}/leaderboard/convene-jury", cycle.year()).with(csrf())
			.with(user(support.reviewer("CA")))).andExpect(status().isForbidden());
		mvc.perform(post("/award/cycles/{year}/leaderboard/convene-jury", cycle.year()).with(csrf()).with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This cannot be undone")))
			.andExpect(content().string(containsString("Who is told")));
		assertThat(support.state(cycle)).isEqualTo(CycleState.REVIEW);
		mvc.perform(post("/award/cycles/{year}/leaderboard/convene-jury", cycle.year()).param("confirmed", "true")
			.with(csrf())
			.with(user(admin))).andExpect(flash().attribute("success", "award.review.juryConvened"));
		mvc.perform(post("/award/cycles/{year}/leaderboard/convene-jury", cycle.year()).param("confirmed", "true")
			.with(csrf())
			.with(user(admin))).andExpect(flash().attribute("error", "award.error.cycleWrongState"));

		assertThat(support.state(cycle)).isEqualTo(CycleState.JURY);
		assertThat(support.state(espoo)).isEqualTo(ApplicationState.SHORTLISTED);
		assertThat(support.state(nairobi)).isEqualTo(ApplicationState.NOT_SHORTLISTED);
		assertThat(jdbc.sql("select count(*) from award_cycle_transition where cycle_id = :c and to_state = 'JURY'")
			.param("c", cycle.id())
			.query(Long.class)
			.single()).isEqualTo(1);

		// the shortlist is fixed from now on
		MvcResult late = mvc
			.perform(post("/award/cycles/{year}/leaderboard/unshortlist", cycle.year()).with(csrf())
				.with(user(admin))
				.param("applicationId", String.valueOf(espoo.id()))
				.param("comment", "Too late"))
			.andReturn();
		assertThat(late.getFlashMap().get("error")).isEqualTo("award.review.error.reviewClosed");
		assertThat(support.state(espoo)).isEqualTo(ApplicationState.SHORTLISTED);
		mvc.perform(get("/award/cycles/{year}/leaderboard", cycle.year()).with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Send the shortlist to the jury"))));
	}

}
