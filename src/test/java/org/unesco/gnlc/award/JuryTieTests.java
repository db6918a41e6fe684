package org.unesco.gnlc.award;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.unesco.gnlc.PortalTest;
import org.unesco.gnlc.award.JuryFixtures.Shortlist;
import org.unesco.gnlc.city.CityCard;
import org.unesco.gnlc.reference.UnescoRegion;
import org.unesco.gnlc.shared.security.PortalUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A tie in the jury's tally at the last Award is flagged, and UIL decides it explicitly:
 * the selection is refused without a decision, which goes on the cycle's timeline and
 * into the decision pack.
 */
@PortalTest
class JuryTieTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JuryFixtures fixtures;

	@Autowired
	Ballots ballots;

	@Autowired
	JdbcClient jdbc;

	/**
	 * Three Awards; votes 3, 2, 1, 1: the last two cities are tied for the third Award.
	 */
	private Shortlist tiedVote() {
		PortalUser german = fixtures.juror("DE");
		PortalUser french = fixtures.juror("FR");
		PortalUser italian = fixtures.juror("IT");
		Shortlist shortlist = fixtures.shortlist(List.of(german, french, italian), "KE", "MX", "BR", "FI");
		ballots.cast(german, shortlist.year(), List.of(shortlist.id(0), shortlist.id(1), shortlist.id(2)), true);
		ballots.cast(french, shortlist.year(), List.of(shortlist.id(0), shortlist.id(1), shortlist.id(3)), true);
		ballots.cast(italian, shortlist.year(), List.of(shortlist.id(0)), true);
		return shortlist;
	}

	private String cityName(long applicationId) {
		return jdbc.sql("select c.name from city c join award_application a on a.city_id = c.id where a.id = :id")
			.param("id", applicationId)
			.query(String.class)
			.single();
	}

	@Test
	void theTallyFlagsOnlyTheCitiesTiedAcrossTheLineOfTheLastAward() {
		CityCard card = new CityCard(1, "a", "A", "KE", "Kenya", UnescoRegion.AFRICA, true);
		Jury.Nominee nominee = new Jury.Nominee(1, null, card, ApplicationState.SHORTLISTED);
		List<Jury.TallyLine> ranked = List.of(new Jury.TallyLine(nominee, 5, false),
				new Jury.TallyLine(nominee, 3, false), new Jury.TallyLine(nominee, 3, false),
				new Jury.TallyLine(nominee, 3, false), new Jury.TallyLine(nominee, 1, false));

		assertThat(Jury.flagTies(ranked, 3)).extracting(Jury.TallyLine::tied)
			.containsExactly(false, true, true, true, false);
		assertThat(Jury.flagTies(ranked, 4)).extracting(Jury.TallyLine::tied)
			.containsExactly(false, false, false, false, false);
		assertThat(Jury.flagTies(ranked.subList(0, 3), 3)).extracting(Jury.TallyLine::tied).containsOnly(false);
	}

	@Test
	void uilMustSayHowItDecidedATieAndTheDecisionGoesOnTheTimelineAndIntoThePack() throws Exception {
		Shortlist shortlist = tiedVote();
		String third = cityName(shortlist.id(2));
		String fourth = cityName(shortlist.id(3));

		mvc.perform(get("/award/cycles/{year}/jury", shortlist.year()).with(user(JuryFixtures.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("award-jury-tie")))
			.andExpect(content().string(containsString("tied on 1 votes at the last Award")))
			.andExpect(content().string(containsString("How UIL decided the tie")));

		mvc.perform(post("/award/cycles/{year}/jury/selection", shortlist.year()).with(user(JuryFixtures.ADMIN))
			.with(csrf())
			.param("rationale", "Three strong plans.")
			.param("awarded", String.valueOf(shortlist.id(0)), String.valueOf(shortlist.id(1)),
					String.valueOf(shortlist.id(2))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Say how UIL decided the tie at the last Award.")))
			.andExpect(content().string(containsString("href=\"#tieDecision\"")));
		assertThat(jdbc.sql("select count(*) from award_application where cycle_id = :cycle and state = 'AWARDED'")
			.param("cycle", shortlist.cycle().id())
			.query(Integer.class)
			.single()).isZero();

		mvc.perform(post("/award/cycles/{year}/jury/selection", shortlist.year()).with(user(JuryFixtures.ADMIN))
			.with(csrf())
			.param("rationale", "Three strong plans.")
			.param("tieDecision", "The jury chair was asked; the jury preferred the city with the wider reach.")
			.param("confirmed", "true")
			.param("awarded", String.valueOf(shortlist.id(0)), String.valueOf(shortlist.id(1)),
					String.valueOf(shortlist.id(2))))
			.andExpect(flash().attribute("success", "award.jury.selectionRecorded"));

		String step = jdbc.sql("""
				select comment from award_cycle_transition
				where cycle_id = :cycle and from_state = 'JURY' and to_state = 'JURY'
				""").param("cycle", shortlist.cycle().id()).query(String.class).single();
		assertThat(step).contains("Tie at 1 votes between", third, fourth, "the wider reach");
		byte[] csv = mvc
			.perform(get("/award/cycles/{year}/decision-pack.csv", shortlist.year()).with(user(JuryFixtures.ADMIN)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(csv, StandardCharsets.UTF_8)).contains("the wider reach");
	}

}
