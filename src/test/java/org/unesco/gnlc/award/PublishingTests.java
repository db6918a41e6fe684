package org.unesco.gnlc.award;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.unesco.gnlc.PortalTest;
import org.unesco.gnlc.award.JuryFixtures.Shortlist;
import org.unesco.gnlc.shared.security.PortalUser;

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
import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/**
 * After the vote: UIL records the final selection with its rationale, then publishes; the
 * recipients appear on the public pages of the Award and the cycle is final.
 */
@PortalTest
class PublishingTests {

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

	private static final PortalUser ADMIN = JuryFixtures.ADMIN;

	/** A cycle of four shortlisted cities (3 Awards) on which both jurors have voted. */
	private Shortlist voted(String... cityCountries) {
		PortalUser kenyan = fixtures.juror("KE");
		PortalUser brazilian = fixtures.juror("BR");
		Shortlist shortlist = fixtures.shortlist(List.of(kenyan, brazilian), cityCountries);
		ballots.cast(kenyan, shortlist.year(), List.of(shortlist.id(0), shortlist.id(1)), true);
		ballots.cast(brazilian, shortlist.year(), List.of(shortlist.id(0)), true);
		return shortlist;
	}

	private MockHttpServletRequestBuilder select(Shortlist shortlist, String rationale, long... awarded) {
		MockHttpServletRequestBuilder request = post("/award/cycles/{year}/jury/selection", shortlist.year())
			.param("rationale", rationale)
			.param("confirmed", "true")
			.with(user(ADMIN))
			.with(csrf());
		for (long id : awarded) {
			request.param("awarded", String.valueOf(id));
		}
		return request;
	}

	private MockHttpServletRequestBuilder publish(Shortlist shortlist, String rationale) {
		return post("/award/cycles/{year}/jury/publish", shortlist.year()).param("rationale", rationale)
			.param("confirmed", "true")
			.with(user(ADMIN))
			.with(csrf());
	}

	private List<String> states(Shortlist shortlist) {
		return shortlist.applications()
			.stream()
			.map(application -> jdbc.sql("select state from award_application where id = :id")
				.param("id", application.id())
				.query(String.class)
				.single())
			.toList();
	}

	private String cityName(Shortlist shortlist, int index) {
		return jdbc.sql("select c.name from city c join award_application a on a.city_id = c.id where a.id = :id")
			.param("id", shortlist.id(index))
			.query(String.class)
			.single();
	}

	@Test
	void theFinalSelectionAndPublishingPutTheRecipientsOnThePublicPagesOfTheAward() throws Exception {
		Shortlist shortlist = voted("AU", "MX", "DE", "FR");

		mvc.perform(post("/award/cycles/{year}/jury/selection", shortlist.year()).with(user(ADMIN))
			.with(csrf())
			.param("rationale", "Outstanding plans, carried through with every partner.")
			.param("awarded", String.valueOf(shortlist.id(0)), String.valueOf(shortlist.id(2))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This cannot be undone")))
			.andExpect(content().string(containsString("No one outside UIL is told yet")))
			.andExpect(content().string(containsString("name=\"confirmed\" value=\"true\"")));
		assertThat(states(shortlist)).containsExactly("SHORTLISTED", "SHORTLISTED", "SHORTLISTED", "SHORTLISTED");
		mvc.perform(select(shortlist, "Outstanding plans, carried through with every partner.", shortlist.id(0),
				shortlist.id(2)))
			.andExpect(redirectedUrl("/award/cycles/" + shortlist.year() + "/jury"))
			.andExpect(flash().attribute("success", "award.jury.selectionRecorded"));
		assertThat(states(shortlist)).containsExactly("AWARDED", "NOT_AWARDED", "AWARDED", "NOT_AWARDED");
		mvc.perform(get("/award/cycles/{year}/jury", shortlist.year()).with(user(ADMIN)))
			.andExpect(content().string(containsString("Outstanding plans, carried through with every partner.")))
			.andExpect(content().string(containsString("Publish the recipients")));
		mvc.perform(get("/awards/{year}", shortlist.year()))
			.andExpect(content().string(not(containsString(cityName(shortlist, 0)))));

		mvc.perform(post("/award/cycles/{year}/jury/publish", shortlist.year())
			.param("rationale", "Outstanding plans, carried through with every partner, and open to all.")
			.with(user(ADMIN))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This cannot be undone")))
			.andExpect(content().string(containsString("receive an e-mail in their language")))
			.andExpect(content().string(containsString("name=\"confirmed\" value=\"true\"")));
		assertThat(jdbc.sql("select state from award_cycle where year = :year")
			.param("year", shortlist.year())
			.query(String.class)
			.single()).isEqualTo("JURY");
		mvc.perform(publish(shortlist, "Outstanding plans, carried through with every partner, and open to all."))
			.andExpect(flash().attribute("success", "award.jury.published"));

		mvc.perform(get("/awards/{year}", shortlist.year()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(cityName(shortlist, 0))))
			.andExpect(content().string(containsString(cityName(shortlist, 2))))
			.andExpect(content().string(not(containsString(cityName(shortlist, 1)))))
			.andExpect(content().string(containsString("2 recipients")))
			.andExpect(content().string(containsString("Why these cities received the Award")))
			.andExpect(content()
				.string(containsString("Outstanding plans, carried through with every partner, and open to all.")));
		mvc.perform(get("/awards")).andExpect(content().string(containsString("/awards/" + shortlist.year())));
		List<Long> inOrder = jdbc.sql("""
				select r.city_id from award_recipient r join award_cycle c on c.id = r.cycle_id
				where c.year = :year order by r.position""").param("year", shortlist.year()).query(Long.class).list();
		List<Long> alphabetical = shortlist.applications()
			.stream()
			.filter(application -> application.id() == shortlist.id(0) || application.id() == shortlist.id(2))
			.sorted(Comparator.comparing(
					application -> cityName(shortlist, shortlist.applications().indexOf(application)),
					Collator.getInstance(Locale.ROOT)))
			.map(AwardApplication::cityId)
			.toList();
		assertThat(inOrder).isEqualTo(alphabetical);
		assertThat(jdbc.sql(
				"select state || '|' || decision_rationale || '|' || (published_at is not null) from award_cycle where year = :year")
			.param("year", shortlist.year())
			.query(String.class)
			.single())
			.isEqualTo("PUBLISHED|Outstanding plans, carried through with every partner, and open to all.|true");
	}

	@Test
	void theAwardPageOfACycleNotYetPublishedSaysWhereTheCallStandsAndWhenResultsComeNotRecipients() throws Exception {
		Shortlist shortlist = voted("AU", "MX", "DE", "FR");

		mvc.perform(get("/awards/{year}", shortlist.year()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("the international jury is making its selection")))
			.andExpect(content().string(containsString("The results will be published at the Award ceremony on")))
			.andExpect(content().string(not(containsString("ecipient"))))
			.andExpect(content().string(not(containsString(cityName(shortlist, 0)))));
	}

	@Test
	void thePublishedCycleIsFinal() throws Exception {
		Shortlist shortlist = voted("AU", "MX");
		selection.recordSelection(ADMIN, shortlist.year(), List.of(shortlist.id(0)), "Rationale", null);
		phases.publish(ADMIN, shortlist.year(), "Rationale");

		mvc.perform(publish(shortlist, "Again")).andExpect(flash().attribute("error", "award.error.cycleWrongState"));
		mvc.perform(select(shortlist, "Another", shortlist.id(1)))
			.andExpect(flash().attribute("error", "award.error.cycleWrongState"));
		mvc.perform(post("/award/cycles/{year}/jury/members", shortlist.year())
			.param("accountId", String.valueOf(fixtures.juror("EG").accountId()))
			.with(user(ADMIN))
			.with(csrf())).andExpect(flash().attribute("error", "award.error.cyclePublished"));
		mvc.perform(get("/award/cycles/{year}/jury", shortlist.year()).with(user(ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Publish the recipients"))))
			.andExpect(content().string(containsString("/awards/" + shortlist.year())));

		assertThat(states(shortlist)).containsExactly("AWARDED", "NOT_AWARDED");
		assertThat(jdbc
			.sql("select count(*) from award_recipient r join award_cycle c on c.id = r.cycle_id where c.year = :year")
			.param("year", shortlist.year())
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theSelectionWaitsForEveryBallotAndPublishingForTheSelection() throws Exception {
		PortalUser kenyan = fixtures.juror("KE");
		Shortlist shortlist = fixtures.shortlist(List.of(kenyan, fixtures.juror("BR")), "AU", "MX");
		ballots.cast(kenyan, shortlist.year(), List.of(shortlist.id(0)), true);

		mvc.perform(select(shortlist, "Too early", shortlist.id(0)))
			.andExpect(flash().attribute("error", "award.jury.error.votingOpen"));
		mvc.perform(publish(shortlist, "Too early"))
			.andExpect(flash().attribute("error", "award.jury.error.selectionMissing"));

		assertThat(states(shortlist)).containsExactly("SHORTLISTED", "SHORTLISTED");
	}

	@Test
	void twoCitiesOfOneCountryAreRecordedOnlyOnceUilConfirmsTheWarning() throws Exception {
		Shortlist shortlist = voted("MX", "MX", "DE");

		mvc.perform(select(shortlist, "Two from Mexico", shortlist.id(0), shortlist.id(1)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("are in the same country (Mexico)")))
			.andExpect(content().string(containsString("name=\"sameCountryConfirmed\"")))
			.andExpect(content().string(containsString("value=\"" + shortlist.id(1) + "\" checked=\"checked\"")));
		assertThat(states(shortlist)).containsExactly("SHORTLISTED", "SHORTLISTED", "SHORTLISTED");

		mvc.perform(select(shortlist, "Two from Mexico", shortlist.id(0), shortlist.id(1)).param("sameCountryConfirmed",
				"true"))
			.andExpect(flash().attribute("success", "award.jury.selectionRecorded"));
		assertThat(states(shortlist)).containsExactly("AWARDED", "AWARDED", "NOT_AWARDED");
	}

	@Test
	void aSelectionBeyondTheAwardsOrWithoutRationaleOrCitiesIsRefused() throws Exception {
		Shortlist shortlist = voted("AU", "MX", "DE", "FR");
		Shortlist other = fixtures.shortlist(List.of(), "IT");

		mvc.perform(select(shortlist, "All four", shortlist.id(0), shortlist.id(1), shortlist.id(2), shortlist.id(3)))
			.andExpect(flash().attribute("error", "award.jury.error.tooManySelected"));
		mvc.perform(select(shortlist, "", shortlist.id(0)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Write the rationale of the selection.")));
		mvc.perform(select(shortlist, "Nobody"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose at least one city to receive the Award.")));
		mvc.perform(select(shortlist, "Another cycle", other.id(0)))
			.andExpect(flash().attribute("error", "award.jury.error.notShortlisted"));
		mvc.perform(select(shortlist, "OK", shortlist.id(0)));
		mvc.perform(publish(shortlist, "  "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Write the rationale published with the recipients.")));

		assertThat(states(shortlist)).containsExactly("AWARDED", "NOT_AWARDED", "NOT_AWARDED", "NOT_AWARDED");
		assertThat(jdbc.sql("select state from award_cycle where year = :year")
			.param("year", shortlist.year())
			.query(String.class)
			.single()).isEqualTo("JURY");
	}

}
