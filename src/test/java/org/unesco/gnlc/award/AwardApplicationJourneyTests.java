package org.unesco.gnlc.award;

import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.unesco.gnlc.PortalTest;
import org.unesco.gnlc.city.Cities;
import org.unesco.gnlc.city.CityInfo;
import org.unesco.gnlc.shared.security.PortalUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.unesco.gnlc.award.AwardApplicationSupport.as;
import static org.unesco.gnlc.award.AwardApplicationSupport.officialOf;
import org.hamcrest.Matchers;

/**
 * A city applies for the Award over HTTP on the real database: it sees its eligibility,
 * starts, completes the task list, signs, adds its Consent Form and materials, submits
 * and withdraws; every refusal says why and changes nothing.
 */
@PortalTest
class AwardApplicationJourneyTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AwardFixtures fixtures;

	@Autowired
	AwardApplicationSupport support;

	@Autowired
	Cities cities;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCityCompletesSignsAddsItsConsentFormAndSubmitsToItsNationalCommission() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		CityInfo city = fixtures.memberCity("AU");
		PortalUser official = officialOf(city);

		mvc.perform(get("/award").with(as(official)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Test Award " + cycle.year())))
			.andExpect(content().string(containsString("Your city is eligible for this cycle.")));
		long id = support.startAndComplete(mvc, official, cycle);
		mvc.perform(get("/award/applications/{id}", id).with(as(official)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Advancement of the learning city plan")))
			.andExpect(model().attribute("tasks", Matchers.hasSize(13)));

		byte[] form = mvc.perform(get("/award/applications/{id}/form.pdf", id).with(as(official)))
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(textOf(form)).contains(city.name()).contains("Ana Mayor").contains("Fingerprint of the answers");

		support.upload(mvc, official, id, "signed-form");
		mvc.perform(post("/award/applications/{id}/submit", id).with(as(official)).with(csrf()))
			.andExpect(flash().attribute("error", "award.error.consentMissing"));
		assertThat(support.state(id)).isEqualTo("DRAFT");

		support.upload(mvc, official, id, "consent-form");
		mvc.perform(get("/award/applications/{id}/check", id).with(as(official)))
			.andExpect(content().string(containsString("Nothing is missing")));
		mvc.perform(post("/award/applications/{id}/submit", id).with(as(official)).with(csrf()))
			.andExpect(redirectedUrl("/award/applications/" + id))
			.andExpect(flash().attribute("success", "award.application.submitted"));
		assertThat(support.state(id)).isEqualTo("SUBMITTED");
		String reference = jdbc.sql("select reference from award_application where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
		assertThat(reference).matches("LCA-" + cycle.year() + "-\\d{4}");

		// Submitting twice is explained, and the timeline has one submission only.
		mvc.perform(post("/award/applications/{id}/submit", id).with(as(official)).with(csrf()))
			.andExpect(flash().attribute("error", "award.application.error.alreadySubmitted"));
		assertThat(support
			.count("select count(*) from award_transition where application_id = :id and to_state = 'SUBMITTED'", id))
			.isEqualTo(1);

		// The city now reads its dossier; the endorser of its country reads it too.
		mvc.perform(get("/award/applications/{id}", id).with(as(official)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(reference)))
			.andExpect(content().string(containsString("Withdraw the application")));
		mvc.perform(get("/award/applications/{id}", id).with(AwardApplicationSupport.endorserOf("AU")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("reached every district")))
			.andExpect(content().string(not(containsString("Withdraw the application"))));

		mvc.perform(post("/award/applications/{id}/withdraw", id).param("reason", "We apply next time.")
			.with(as(official))
			.with(csrf())).andExpect(flash().attribute("success", "award.application.withdrawn"));
		assertThat(support.state(id)).isEqualTo("WITHDRAWN");
		mvc.perform(get("/award").with(as(official)))
			.andExpect(content().string(containsString(reference)))
			.andExpect(content().string(containsString("Withdrawn")));
	}

	@Test
	void startingTwiceOpensTheSameApplicationAndTheSectionIsPrefilledWithTheOfficialAsContact() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		CityInfo city = fixtures.memberCity("NZ");
		PortalUser official = officialOf(city);
		long first = support.start(mvc, official, cycle);
		mvc.perform(post("/award/cycles/{id}/applications", cycle.id()).with(as(official)).with(csrf()))
			.andExpect(redirectedUrl("/award/applications/" + first))
			.andExpect(flash().attribute("success", "award.application.alreadyStarted"));
		assertThat(jdbc.sql("select count(*) from award_application where city_id = :city")
			.param("city", city.id())
			.query(Integer.class)
			.single()).isEqualTo(1);
		mvc.perform(get("/award/applications/{id}/sections/profile", first).with(as(official)))
			.andExpect(content().string(containsString(official.email())));
	}

	@Test
	void aDraftIsWithdrawnAndTheCityMayStartAgain() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		PortalUser official = officialOf(fixtures.memberCity("FJ"));
		long first = support.start(mvc, official, cycle);
		mvc.perform(post("/award/applications/{id}/withdraw", first).with(as(official)).with(csrf()))
			.andExpect(flash().attribute("success", "award.application.withdrawn"));
		long second = support.start(mvc, official, cycle);
		assertThat(second).isNotEqualTo(first);
		assertThat(support.state(second)).isEqualTo("DRAFT");
	}

	@Test
	void aNewMemberIsToldWhyItIsNotEligibleAndCannotStart() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		CityInfo city = cities.admit(cities.findOrRegister("Fresh member " + System.nanoTime(), "AU").id(),
				LocalDate.now().minusMonths(3));
		PortalUser official = officialOf(city);
		mvc.perform(get("/award").with(as(official)))
			.andExpect(content().string(containsString("must have been a member for more than twelve months")))
			.andExpect(content().string(not(containsString("/award/cycles/" + cycle.id() + "/applications"))));
		mvc.perform(post("/award/cycles/{id}/applications", cycle.id()).with(as(official)).with(csrf()))
			.andExpect(flash().attribute("error", "award.error.ineligible"));
		assertThat(jdbc.sql("select count(*) from award_application where city_id = :city")
			.param("city", city.id())
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void anAnswerOverTheWordLimitIsRefusedWithTheCountAndNothingIsSaved() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		PortalUser official = officialOf(fixtures.memberCity("AU"));
		long id = support.start(mvc, official, cycle);
		long criterion = support.criteria(cycle).get(0);
		String tooLong = "word ".repeat(501);
		mvc.perform(post("/award/applications/{id}/sections/criteria/{c}", id, criterion).param("version", "0")
			.param("answer", tooLong)
			.param("complete", "true")
			.with(as(official))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You used 501 words; write at most 500.")));
		assertThat(support.count("select count(*) from award_answer where application_id = :id", id)).isZero();
		assertThat(support.count("select count(*) from award_section where application_id = :id", id)).isZero();
	}

	@Test
	void aSectionSavedFromAStaleCopyIsRefusedAndTheColleaguesAnswerStays() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		PortalUser official = officialOf(fixtures.memberCity("AU"));
		long id = support.start(mvc, official, cycle);
		long criterion = support.criteria(cycle).get(1);
		String page = "/award/applications/" + id + "/sections/criteria/" + criterion;
		mvc.perform(post(page).param("version", "0").param("answer", "First colleague").with(as(official)).with(csrf()))
			.andExpect(flash().attribute("success", "award.application.section.saved"));
		mvc.perform(post(page).param("version", "0")
			.param("answer", "Second colleague")
			.header("Referer", "http://localhost" + page)
			.with(as(official))
			.with(csrf()))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("error", "award.error.sectionChanged"));
		assertThat(jdbc.sql("select answer from award_answer where application_id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("First colleague");
		mvc.perform(get(page).with(as(official))).andExpect(content().string(containsString("First colleague")));
	}

	@Test
	void aChangeAfterSigningAsksForANewSignatureBeforeSubmitting() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		PortalUser official = officialOf(fixtures.memberCity("AU"));
		long id = support.startAndComplete(mvc, official, cycle);
		support.upload(mvc, official, id, "signed-form");
		support.upload(mvc, official, id, "consent-form");
		long criterion = support.criteria(cycle).get(2);
		mvc.perform(post("/award/applications/{id}/sections/criteria/{c}", id, criterion).param("version", "1")
			.param("answer", "Changed after the mayor signed.")
			.param("complete", "true")
			.with(as(official))
			.with(csrf())).andExpect(flash().attribute("success", "award.application.section.completed"));
		mvc.perform(get("/award/applications/{id}/check", id).with(as(official)))
			.andExpect(content().string(containsString("The answers changed since the mayor signed")));
		mvc.perform(post("/award/applications/{id}/submit", id).with(as(official)).with(csrf()))
			.andExpect(flash().attribute("error", "award.error.signatureOutdated"));
		assertThat(support.state(id)).isEqualTo("DRAFT");
		assertThat(jdbc.sql("select reference from award_application where id = :id")
			.param("id", id)
			.query(String.class)
			.optional()).isEmpty();
	}

	@Test
	void anUploadOfTheWrongTypeIsExplainedAndNothingIsStored() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		PortalUser official = officialOf(fixtures.memberCity("AU"));
		long id = support.startAndComplete(mvc, official, cycle);
		for (String what : List.of("signed-form", "consent-form", "materials")) {
			mvc.perform(multipart("/award/applications/{id}/" + what, id)
				.file(new MockMultipartFile("file", "report.pdf", "application/pdf",
						"plain text, not a PDF".getBytes()))
				.with(as(official))
				.with(csrf())).andExpect(flash().attribute("error", "file.error.wrongType"));
		}
		mvc.perform(multipart("/award/applications/{id}/materials", id)
			.file(new MockMultipartFile("file", "empty.pdf", "application/pdf", new byte[0]))
			.with(as(official))
			.with(csrf())).andExpect(flash().attribute("error", "file.error.empty"));
		assertThat(support.count("select count(*) from award_document where application_id = :id", id)).isZero();
	}

	@Test
	void materialsAndLinksAreAddedAndRemovedWhileDraftAndOnlyWebAddressesAreAccepted() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		PortalUser official = officialOf(fixtures.memberCity("AU"));
		long id = support.start(mvc, official, cycle);
		support.upload(mvc, official, id, "materials");
		for (String bad : List.of("javascript:alert(1)", "ftp://files.example/report", "www.example.org", "")) {
			mvc.perform(post("/award/applications/{id}/links", id).param("kind", "ARTICLE")
				.param("url", bad)
				.param("title", "An article")
				.with(as(official))
				.with(csrf())).andExpect(flash().attribute("error", "award.application.link.invalidUrl"));
		}
		mvc.perform(post("/award/applications/{id}/links", id).param("kind", "VIDEO")
			.param("url", "https://video.example/city")
			.param("title", " ")
			.with(as(official))
			.with(csrf())).andExpect(flash().attribute("error", "award.application.link.titleRequired"));
		mvc.perform(post("/award/applications/{id}/links", id).param("kind", "VIDEO")
			.param("url", "https://video.example/city")
			.param("title", "Our learning festival")
			.with(as(official))
			.with(csrf())).andExpect(flash().attribute("success", "award.application.link.added"));
		assertThat(support.count("select count(*) from award_link where application_id = :id", id)).isEqualTo(1);
		mvc.perform(get("/award/applications/{id}/check", id).with(as(official)))
			.andExpect(content().string(containsString("Our learning festival")))
			.andExpect(content().string(containsString("materials.pdf")));

		long link = jdbc.sql("select id from award_link where application_id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
		long material = jdbc.sql("select id from award_document where application_id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
		mvc.perform(post("/award/applications/{id}/links/{link}/remove", id, link).with(as(official)).with(csrf()))
			.andExpect(flash().attribute("success", "award.application.link.removed"));
		mvc.perform(
				post("/award/applications/{id}/materials/{doc}/remove", id, material).with(as(official)).with(csrf()))
			.andExpect(flash().attribute("success", "award.application.materials.removed"));
		assertThat(support.count("select count(*) from award_link where application_id = :id", id)).isZero();
		assertThat(support.count("select count(*) from award_document where application_id = :id", id)).isZero();
	}

	@Test
	void onceSubmittedNothingCanBeAddedChangedOrRemoved() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		PortalUser official = officialOf(fixtures.memberCity("AU"));
		long id = support.submitted(mvc, official, cycle);
		assertThat(support.state(id)).isEqualTo("SUBMITTED");
		mvc.perform(post("/award/applications/{id}/sections/profile", id).param("version", "1")
			.param("mayorName", "Someone else")
			.with(as(official))
			.with(csrf())).andExpect(flash().attribute("error", "award.error.notEditable"));
		mvc.perform(post("/award/applications/{id}/links", id).param("kind", "ARTICLE")
			.param("url", "https://news.example/a")
			.param("title", "Late article")
			.with(as(official))
			.with(csrf())).andExpect(flash().attribute("error", "award.error.notEditable"));
		support.upload(mvc, official, id, "materials");
		assertThat(support.count("select count(*) from award_document where application_id = :id and kind = 'MATERIAL'",
				id))
			.isZero();
		mvc.perform(get("/award/applications/{id}/sections/profile", id).with(as(official)))
			.andExpect(redirectedUrl("/award/applications/" + id));
	}

	@Test
	void theCitysDashboardShowsItsApplicationAndWhatIsNext() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		PortalUser official = officialOf(fixtures.memberCity("AU"));
		mvc.perform(get("/my").with(as(official)))
			.andExpect(content().string(containsString("The " + cycle.year() + " call is open until")));
		long id = support.start(mvc, official, cycle);
		mvc.perform(get("/my").with(as(official)))
			.andExpect(content().string(containsString("Your " + cycle.year() + " application is a draft")))
			.andExpect(content().string(containsString("/award/applications/" + id)));
	}

	@Test
	void otherRolesFindTheOpenCallsAndTheirOwnStagePage() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		mvc.perform(get("/award").with(AwardApplicationSupport.endorserOf("MX")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Test Award " + cycle.year())))
			.andExpect(content().string(containsString("href=\"/award/nominations\"")));
		mvc.perform(get("/award").with(AwardApplicationSupport.juror()))
			.andExpect(content().string(containsString("href=\"/award/jury\"")));
	}

	private static String textOf(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

}
