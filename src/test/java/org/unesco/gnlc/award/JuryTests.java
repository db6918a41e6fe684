package org.unesco.gnlc.award;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.unesco.gnlc.DemoUsers;
import org.unesco.gnlc.PortalTest;
import org.unesco.gnlc.award.JuryFixtures.Shortlist;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.security.Role;
import org.unesco.gnlc.shared.web.RefusedActionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import java.util.Locale;
import java.util.function.Supplier;
import org.assertj.core.groups.Tuple;

/**
 * The jury: UIL composes it and is warned about the regions it leaves out; each juror
 * reads the shortlist and casts one ballot within the rules; the tally waits for the last
 * ballot.
 */
@PortalTest
class JuryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JuryFixtures fixtures;

	@Autowired
	Jury jury;

	@Autowired
	Ballots ballots;

	@Autowired
	JurySelection selection;

	@Autowired
	CyclePhases phases;

	@Autowired
	JdbcClient jdbc;

	private MockHttpServletRequestBuilder ballot(Shortlist shortlist, PortalUser juror, boolean confirmed,
			long... choices) {
		MockHttpServletRequestBuilder request = post("/award/jury/{year}/ballot", shortlist.year()).with(user(juror))
			.with(csrf());
		for (long choice : choices) {
			request.param("choices", String.valueOf(choice));
		}
		return confirmed ? request.param("confirmed", "true") : request;
	}

	private int ballots(Shortlist shortlist) {
		return jdbc.sql("select count(*) from award_ballot where cycle_id = :cycle")
			.param("cycle", shortlist.cycle().id())
			.query(Integer.class)
			.single();
	}

	private List<Long> choicesOf(Shortlist shortlist, PortalUser juror) {
		return jdbc.sql("""
				select ch.application_id from award_ballot b join award_ballot_choice ch on ch.ballot_id = b.id
				where b.cycle_id = :cycle and b.juror_id = :juror order by ch.application_id
				""").param("cycle", shortlist.cycle().id()).param("juror", juror.accountId()).query(Long.class).list();
	}

	@Test
	void aJurorCastsOneBallotAndASecondVoteIsRefusedWithNothingChanged() throws Exception {
		PortalUser juror = fixtures.juror("KE");
		Shortlist shortlist = fixtures.shortlist(List.of(juror, fixtures.juror("BR")), "AU", "MX", "DE");

		mvc.perform(ballot(shortlist, juror, true, shortlist.id(0), shortlist.id(1)))
			.andExpect(redirectedUrl("/award/jury/" + shortlist.year()))
			.andExpect(flash().attribute("success", "award.jury.ballotCast"));
		mvc.perform(ballot(shortlist, juror, true, shortlist.id(2)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("error", "award.jury.error.alreadyVoted"));

		assertThat(choicesOf(shortlist, juror)).containsExactly(shortlist.id(0), shortlist.id(1));
		assertThat(ballots(shortlist)).isEqualTo(1);
		mvc.perform(get("/award/jury/{year}", shortlist.year()).with(user(juror)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You cast your ballot on")))
			.andExpect(content().string(containsString("1 of 2 jurors has voted.")))
			.andExpect(content().string(not(containsString("id=\"tally\""))));
	}

	@Test
	void twoBallotsOfOneJurorArrivingAtOnceMakeExactlyOneBallot() throws Exception {
		PortalUser juror = fixtures.juror("KE");
		Shortlist shortlist = fixtures.shortlist(List.of(juror), "AU", "MX");
		CountDownLatch start = new CountDownLatch(1);
		List<Callable<String>> submissions = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			long choice = shortlist.id(i % 2);
			submissions.add(() -> {
				start.await();
				try {
					ballots.cast(juror, shortlist.year(), List.of(choice), true);
					return "cast";
				}
				catch (RefusedActionException refused) {
					return refused.messageKey();
				}
			});
		}
		ExecutorService pool = Executors.newFixedThreadPool(6);
		try {
			List<Future<String>> outcomes = submissions.stream().map(pool::submit).toList();
			start.countDown();
			List<String> results = new ArrayList<>();
			for (Future<String> outcome : outcomes) {
				results.add(outcome.get());
			}
			assertThat(results).filteredOn("cast"::equals).hasSize(1);
			assertThat(results).filteredOn("award.jury.error.alreadyVoted"::equals).hasSize(5);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(ballots(shortlist)).isEqualTo(1);
		assertThat(choicesOf(shortlist, juror)).hasSize(1);
	}

	@Test
	void aJurorCannotVoteForACityOfTheirOwnCountry() throws Exception {
		PortalUser kenyan = fixtures.juror("KE");
		Shortlist shortlist = fixtures.shortlist(List.of(kenyan), "KE", "MX");

		mvc.perform(get("/award/jury/{year}", shortlist.year()).with(user(kenyan)))
			.andExpect(content().string(containsString("A city of your own country: you do not vote for it.")))
			.andExpect(content().string(containsString("Conflict of interest")))
			.andExpect(content().string(not(containsString("id=\"choice-" + shortlist.id(0) + "\""))));
		mvc.perform(ballot(shortlist, kenyan, true, shortlist.id(0), shortlist.id(1)))
			.andExpect(flash().attribute("error", "award.jury.error.ownCountry"));

		assertThat(ballots(shortlist)).isZero();
	}

	@Test
	void aBallotWithMoreCitiesThanAwardsIsRefused() throws Exception {
		PortalUser juror = fixtures.juror("KE");
		Shortlist shortlist = fixtures.shortlist(List.of(juror), "AU", "MX", "DE", "FR");

		mvc.perform(ballot(shortlist, juror, true, shortlist.id(0), shortlist.id(1), shortlist.id(2), shortlist.id(3)))
			.andExpect(flash().attribute("error", "award.jury.error.tooManyChoices"));

		assertThat(ballots(shortlist)).isZero();
	}

	@Test
	void anEmptyUnconfirmedOrOffShortlistBallotIsRefused() throws Exception {
		PortalUser juror = fixtures.juror("KE");
		Shortlist shortlist = fixtures.shortlist(List.of(juror), "AU", "MX");
		Shortlist other = fixtures.shortlist(List.of(), "FR");

		mvc.perform(ballot(shortlist, juror, true)).andExpect(flash().attribute("error", "award.jury.error.noChoice"));
		mvc.perform(ballot(shortlist, juror, false, shortlist.id(0)))
			.andExpect(flash().attribute("error", "award.jury.error.notConfirmed"));
		mvc.perform(ballot(shortlist, juror, true, other.id(0)))
			.andExpect(flash().attribute("error", "award.jury.error.notShortlisted"));

		assertThat(ballots(shortlist)).isZero();
	}

	@Test
	void theTallyStaysHiddenUntilEveryJurorHasVoted() throws Exception {
		PortalUser first = fixtures.juror("KE");
		PortalUser second = fixtures.juror("BR");
		Shortlist shortlist = fixtures.shortlist(List.of(first, second), "AU", "MX");
		mvc.perform(ballot(shortlist, first, true, shortlist.id(0)))
			.andExpect(flash().attribute("success", "award.jury.ballotCast"));

		for (PortalUser who : List.of(first, second)) {
			mvc.perform(get("/award/jury/{year}", shortlist.year()).with(user(who)))
				.andExpect(content().string(containsString("The tally shows once every juror has voted.")))
				.andExpect(content().string(not(containsString("id=\"tally\""))));
		}
		mvc.perform(get("/award/cycles/{year}/jury", shortlist.year()).with(user(JuryFixtures.ADMIN)))
			.andExpect(content().string(containsString("1 of 2 jurors has voted.")))
			.andExpect(content().string(not(containsString("id=\"tally\""))));

		mvc.perform(ballot(shortlist, second, true, shortlist.id(0), shortlist.id(1)));

		mvc.perform(get("/award/jury/{year}", shortlist.year()).with(user(first)))
			.andExpect(content().string(containsString("id=\"tally\"")))
			.andExpect(content().string(containsString("2 of 2 jurors have voted.")));
		mvc.perform(get("/award/cycles/{year}/jury", shortlist.year()).with(user(JuryFixtures.ADMIN)))
			.andExpect(content().string(containsString("id=\"tally\"")));
		assertThat(jury.forAdmin(JuryFixtures.ADMIN, shortlist.year(), Locale.ENGLISH).tally())
			.extracting(line -> line.nominee().applicationId(), Jury.TallyLine::votes)
			.containsExactly(Tuple.tuple(shortlist.id(0), 2), Tuple.tuple(shortlist.id(1), 1));
	}

	@Test
	void aJurorNotOnTheCyclesJuryIsRefused() throws Exception {
		PortalUser seated = fixtures.juror("KE");
		PortalUser outsider = fixtures.juror("BR");
		Shortlist shortlist = fixtures.shortlist(List.of(seated), "AU");

		mvc.perform(get("/award/jury/{year}", shortlist.year()).with(user(outsider))).andExpect(status().isForbidden());
		mvc.perform(ballot(shortlist, outsider, true, shortlist.id(0))).andExpect(status().isForbidden());
		mvc.perform(get("/award/jury").with(user(outsider)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/award/jury/" + shortlist.year()))));
		mvc.perform(get("/award/jury").with(user(seated)))
			.andExpect(content().string(containsString("/award/jury/" + shortlist.year())));

		assertThat(ballots(shortlist)).isZero();
	}

	@Test
	void everyJuryRouteRefusesTheWrongRoles() throws Exception {
		PortalUser juror = fixtures.juror("KE");
		Shortlist shortlist = fixtures.shortlist(List.of(juror), "AU");
		int year = shortlist.year();
		List<Supplier<MockHttpServletRequestBuilder>> adminOnly = List.of(() -> get("/award/cycles/{year}/jury", year),
				() -> post("/award/cycles/{year}/jury/members", year).param("accountId",
						String.valueOf(juror.accountId())),
				() -> post("/award/cycles/{year}/jury/members/{id}/remove", year, juror.accountId()),
				() -> post("/award/cycles/{year}/jury/selection", year)
					.param("awarded", String.valueOf(shortlist.id(0)))
					.param("rationale", "Because"),
				() -> post("/award/cycles/{year}/jury/publish", year).param("rationale", "Because"));
		for (Role role : List.of(Role.CITY_OFFICIAL, Role.NATCOM_ENDORSER, Role.UIL_REVIEWER, Role.JURY_MEMBER)) {
			PortalUser who = role == Role.JURY_MEMBER ? juror : DemoUsers.person(role);
			for (Supplier<MockHttpServletRequestBuilder> request : adminOnly) {
				mvc.perform(request.get().with(user(who)).with(csrf())).andExpect(status().isForbidden());
			}
		}
		for (Role role : List.of(Role.CITY_OFFICIAL, Role.NATCOM_ENDORSER, Role.UIL_REVIEWER, Role.UIL_ADMIN)) {
			mvc.perform(get("/award/jury").with(DemoUsers.signedInAs(role))).andExpect(status().isForbidden());
			mvc.perform(get("/award/jury/{year}", year).with(DemoUsers.signedInAs(role)))
				.andExpect(status().isForbidden());
			mvc.perform(post("/award/jury/{year}/ballot", year).param("choices", String.valueOf(shortlist.id(0)))
				.param("confirmed", "true")
				.with(DemoUsers.signedInAs(role))
				.with(csrf())).andExpect(status().isForbidden());
		}
		assertThat(ballots(shortlist)).isZero();
		assertThat(jury.forAdmin(JuryFixtures.ADMIN, year, Locale.ENGLISH).jurors()).hasSize(1);
	}

	@Test
	void theJuryPageWarnsOfEveryUnescoRegionWithoutAJuror() throws Exception {
		Shortlist shortlist = fixtures.shortlist(List.of(fixtures.juror("KE"), fixtures.juror("DE")), "AU");

		mvc.perform(get("/award/cycles/{year}/jury", shortlist.year()).with(user(JuryFixtures.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("3 UNESCO regions have no juror on this jury:")))
			.andExpect(content().string(containsString("<li>Arab States</li>")))
			.andExpect(content().string(containsString("<li>Asia and the Pacific</li>")))
			.andExpect(content().string(containsString("<li>Latin America and the Caribbean</li>")))
			.andExpect(content().string(not(containsString("<li>Africa</li>"))));

		for (String country : List.of("EG", "JP", "BR")) {
			PortalUser juror = fixtures.juror(country);
			mvc.perform(post("/award/cycles/{year}/jury/members", shortlist.year())
				.param("accountId", String.valueOf(juror.accountId()))
				.with(user(JuryFixtures.ADMIN))
				.with(csrf())).andExpect(flash().attribute("success", "award.jury.added"));
		}
		mvc.perform(get("/award/cycles/{year}/jury", shortlist.year()).with(user(JuryFixtures.ADMIN)))
			.andExpect(content().string(not(containsString("id=\"regions-missing\""))))
			.andExpect(content().string(containsString("Kenya")));
	}

	@Test
	void theJuryChangesOnlyUntilTheFirstBallotAndOnlyWithJuryMembers() throws Exception {
		PortalUser juror = fixtures.juror("KE");
		PortalUser other = fixtures.juror("BR");
		PortalUser reviewer = fixtures.person(Role.UIL_REVIEWER, "Not a juror", "DE");
		Shortlist shortlist = fixtures.shortlist(List.of(juror, other), "AU");
		int year = shortlist.year();

		mvc.perform(
				post("/award/cycles/{year}/jury/members", year).param("accountId", String.valueOf(reviewer.accountId()))
					.with(user(JuryFixtures.ADMIN))
					.with(csrf()))
			.andExpect(flash().attribute("error", "award.jury.error.notAJuror"));
		mvc.perform(
				post("/award/cycles/{year}/jury/members", year).param("accountId", String.valueOf(juror.accountId()))
					.with(user(JuryFixtures.ADMIN))
					.with(csrf()))
			.andExpect(flash().attribute("error", "award.jury.error.alreadyOnJury"));
		mvc.perform(post("/award/cycles/{year}/jury/members", year).with(user(JuryFixtures.ADMIN)).with(csrf()))
			.andExpect(flash().attribute("error", "award.jury.error.chooseJuror"));

		mvc.perform(ballot(shortlist, juror, true, shortlist.id(0)));
		mvc.perform(post("/award/cycles/{year}/jury/members/{id}/remove", year, other.accountId())
			.with(user(JuryFixtures.ADMIN))
			.with(csrf())).andExpect(flash().attribute("error", "award.jury.error.votingStarted"));
		mvc.perform(post("/award/cycles/{year}/jury/members", year)
			.param("accountId", String.valueOf(fixtures.juror("EG").accountId()))
			.with(user(JuryFixtures.ADMIN))
			.with(csrf())).andExpect(flash().attribute("error", "award.jury.error.votingStarted"));

		assertThat(jury.forAdmin(JuryFixtures.ADMIN, year, Locale.ENGLISH).jurors()).extracting(Jury.Juror::accountId)
			.containsExactlyInAnyOrder(juror.accountId(), other.accountId());
	}

	@Test
	void uilRemovesAJurorBeforeVotingStarts() throws Exception {
		PortalUser juror = fixtures.juror("KE");
		Shortlist shortlist = fixtures.shortlist(List.of(juror), "AU");

		mvc.perform(post("/award/cycles/{year}/jury/members/{id}/remove", shortlist.year(), juror.accountId())
			.with(user(JuryFixtures.ADMIN))
			.with(csrf())).andExpect(flash().attribute("success", "award.jury.removed"));

		mvc.perform(get("/award/jury/{year}", shortlist.year()).with(user(juror))).andExpect(status().isForbidden());
	}

	@Test
	void theDashboardShowsTheJurorTheirBallotAndUilTheVote() throws Exception {
		PortalUser juror = fixtures.juror("KE");
		Shortlist shortlist = fixtures.shortlist(List.of(juror, fixtures.juror("BR")), "AU");
		int year = shortlist.year();

		mvc.perform(get("/my").with(user(juror)))
			.andExpect(content().string(containsString("Award " + year + ": your ballot is waiting")))
			.andExpect(content().string(containsString("href=\"/award/jury/" + year + "\"")));
		mvc.perform(ballot(shortlist, juror, true, shortlist.id(0)));
		mvc.perform(get("/my").with(user(juror)))
			.andExpect(content().string(containsString("Award " + year + ": you voted (1 of 2 jurors so far)")));
		mvc.perform(get("/my").with(user(JuryFixtures.ADMIN)))
			.andExpect(content().string(containsString("Award " + year + ": 1 of 2 jurors have voted")))
			.andExpect(content().string(containsString("href=\"/award/cycles/" + year + "/jury\"")));
	}

}
