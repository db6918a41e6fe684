package org.unesco.gnlc.membership;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import java.time.Duration;

import org.apache.pdfbox.Loader;
import org.awaitility.Awaitility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.unesco.gnlc.PortalTest;
import org.unesco.gnlc.shared.security.Role;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import org.unesco.gnlc.DemoUsers;

/**
 * The membership journey over HTTP on the real database: a city applies, its National
 * Commission endorses, UIL admits it; and everyone outside the scope is refused.
 */
@PortalTest
class MembershipJourneyTests extends MembershipJourneySteps {

	@Test
	void aCityAppliesItsNationalCommissionEndorsesAndUilAdmitsIt() throws Exception {
		Applicant city = newCity("PE");
		long id = startAndComplete(city);

		MvcResult pdf = mvc.perform(get("/membership/applications/{id}/form.pdf", id).with(city.official()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn();
		String printed = text(pdf.getResponse().getContentAsByteArray());
		assertThat(printed).contains(city.name()).contains("Fingerprint of the answers");

		uploadScan(city, id);
		String submitted = mvc
			.perform(post("/membership/applications/{id}/submit", id).with(city.official()).with(csrf()))
			.andExpect(redirectedUrl("/membership/applications/" + id + "/submitted"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String confirmation = mvc.perform(get(submitted).with(city.official()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher reference = Pattern.compile("GNLC-\\d{4}-\\d{4}").matcher(confirmation);
		assertThat(reference.find()).as("a reference number on the confirmation page").isTrue();

		mvc.perform(get("/membership/endorsements").with(endorserOf("PE")))
			.andExpect(content().string(containsString(city.name())));
		// The Commission reads every answer: each contact field and each figure with its
		// year.
		mvc.perform(get("/membership/applications/{id}", id).with(endorserOf("PE")))
			.andExpect(content().string(containsString("learning@city.example")))
			.andExpect(content().string(containsString("Main Square 1")))
			.andExpect(content().string(containsString("9.80")))
			.andExpect(content().string(containsString("(2022)")));
		mvc.perform(multipart("/membership/applications/{id}/endorse", id)
			.file(new MockMultipartFile("letter", "letter.pdf", "application/pdf", SCAN))
			.param("comment", "The Commission supports the application.")
			.with(endorserOf("PE"))
			.with(csrf())).andExpect(flash().attribute("success", "membership.endorsed"));

		RequestPostProcessor reviewer = DemoUsers.signedInAs(Role.UIL_REVIEWER);
		mvc.perform(post("/membership/applications/{id}/approve", id).with(reviewer).with(csrf()))
			.andExpect(flash().attribute("error", "membership.error.recommendationMissing"));
		mvc.perform(post("/membership/applications/{id}/recommendation", id).param("recommendation", "RECOMMENDED")
			.with(reviewer)
			.with(csrf())).andExpect(flash().attribute("success", "membership.recommendationRecorded"));
		mvc.perform(post("/membership/applications/{id}/approve", id).param("confirmed", "true")
			.with(reviewer)
			.with(csrf())).andExpect(flash().attribute("success", "membership.approved"));

		assertThat(cities.byId(city.id()).orElseThrow().memberSince()).isEqualTo(LocalDate.now());
		mvc.perform(get("/membership/applications/{id}", id).with(city.official()))
			.andExpect(content().string(containsString("Approved: member of the network")))
			.andExpect(content().string(containsString("The Commission supports the application.")));
	}

	@Test
	void anEndorserOfAnotherCountryAndAnOfficialOfAnotherCityAreRefusedOnEveryRouteOfTheApplication() throws Exception {
		Applicant city = newCity("EC");
		long id = startAndComplete(city);
		uploadScan(city, id);
		mvc.perform(post("/membership/applications/{id}/submit", id).with(city.official()).with(csrf()));
		long document = jdbc.sql("select id from membership_document where application_id = :id")
			.param("id", id)
			.query(Long.class)
			.single();

		RequestPostProcessor otherEndorser = endorserOf("BO");
		RequestPostProcessor otherOfficial = newCity("EC").official();
		for (RequestPostProcessor outsider : List.of(otherEndorser, otherOfficial)) {
			for (String page : List.of("", "/check", "/form.pdf", "/submitted", "/sections/city",
					"/documents/" + document)) {
				mvc.perform(get("/membership/applications/" + id + page).with(outsider))
					.andExpect(status().isForbidden());
			}
			for (String action : List.of("/endorse", "/return", "/decline", "/withdraw", "/submit", "/comments",
					"/sections/motivation", "/recommendation", "/approve", "/reject")) {
				mvc.perform(post("/membership/applications/" + id + action).param("comment", "x")
					.param("body", "x")
					.param("recommendation", "RECOMMENDED")
					.param("version", "1")
					.param("motivation", "Hijacked")
					.with(outsider)
					.with(csrf())).andExpect(status().isForbidden());
			}
		}
		assertThat(state(id)).isEqualTo("SUBMITTED");
		mvc.perform(get("/membership/endorsements").with(otherEndorser))
			.andExpect(content().string(not(containsString(city.name()))));
	}

	@Test
	void aWrongTypeOrEmptyUploadIsExplainedAndNothingIsStored() throws Exception {
		Applicant city = newCity("CR");
		long id = startAndComplete(city);
		String check = "/membership/applications/" + id + "/check";
		mvc.perform(multipart("/membership/applications/{id}/signed-form", id)
			.file(new MockMultipartFile("file", "signed.pdf", "application/pdf", "not really a PDF".getBytes()))
			.header("Referer", "http://localhost" + check)
			.with(city.official())
			.with(csrf()))
			.andExpect(redirectedUrl(check))
			.andExpect(flash().attribute("error", "file.error.wrongType"));
		// Without a Referer, back to the application's own page.
		mvc.perform(multipart("/membership/applications/{id}/signed-form", id)
			.file(new MockMultipartFile("file", "empty.pdf", "application/pdf", new byte[0]))
			.with(city.official())
			.with(csrf()))
			.andExpect(redirectedUrl("/membership/applications/" + id))
			.andExpect(flash().attribute("error", "file.error.empty"));
		assertThat(jdbc.sql("select count(*) from membership_document where application_id = :id")
			.param("id", id)
			.query(Integer.class)
			.single()).isZero();
		mvc.perform(post("/membership/applications/{id}/submit", id).with(city.official()).with(csrf()))
			.andExpect(flash().attribute("error", "membership.error.signatureOutdated"));
		assertThat(state(id)).isEqualTo("DRAFT");
	}

	@Test
	void aDoubleSubmitIsToldItIsAlreadySubmittedAndRecordedOnce() throws Exception {
		Applicant city = newCity("PA");
		long id = startAndComplete(city);
		uploadScan(city, id);
		mvc.perform(post("/membership/applications/{id}/submit", id).with(city.official()).with(csrf()));
		mvc.perform(post("/membership/applications/{id}/submit", id).with(city.official()).with(csrf()))
			.andExpect(flash().attribute("error", "membership.error.alreadySubmitted"));
		assertThat(jdbc
			.sql("select count(*) from membership_transition where application_id = :id and to_state = 'SUBMITTED'")
			.param("id", id)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aRefusedSubmissionUsesUpNoReferenceNumber() throws Exception {
		Applicant city = newCity("SV");
		long id = startAndComplete(city);
		long drawn = referenceNumbersDrawn();
		mvc.perform(post("/membership/applications/{id}/submit", id).with(city.official()).with(csrf()))
			.andExpect(flash().attribute("error", "membership.error.signatureOutdated"));
		assertThat(referenceNumbersDrawn()).as("numbers drawn by a refused submission").isEqualTo(drawn);
		uploadScan(city, id);
		mvc.perform(post("/membership/applications/{id}/submit", id).with(city.official()).with(csrf()))
			.andExpect(redirectedUrl("/membership/applications/" + id + "/submitted"));
		assertThat(jdbc.sql("select reference from membership_application where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).matches("GNLC-\\d{4}-" + "%04d".formatted(drawn + 1));
	}

	private long referenceNumbersDrawn() {
		return jdbc
			.sql("select case when is_called then last_value else last_value - 1 end from membership_reference_seq")
			.query(Long.class)
			.single();
	}

	@Test
	void aChangeAfterSigningAsksForANewSignature() throws Exception {
		Applicant city = newCity("GT");
		long id = startAndComplete(city);
		uploadScan(city, id);
		mvc.perform(post("/membership/applications/{id}/sections/motivation", id).param("version", "1")
			.param("motivation", "A new motivation after the mayor signed.")
			.with(city.official())
			.with(csrf()));
		mvc.perform(get("/membership/applications/{id}/check", id).with(city.official()))
			.andExpect(content().string(containsString("The answers have changed since the form was signed")));
		mvc.perform(post("/membership/applications/{id}/submit", id).with(city.official()).with(csrf()))
			.andExpect(flash().attribute("error", "membership.error.signatureOutdated"));
	}

	@Test
	void aMissingAnswerIsExplainedOnTheSectionPageAndAWordLimitIsEnforced() throws Exception {
		Applicant city = newCity("HN");
		long id = start(city);
		mvc.perform(post("/membership/applications/{id}/sections/mayor", id).param("version", "0")
			.param("mayorSalutation", "Ms")
			.header("Accept-Language", "fr")
			.with(city.official())
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("error-summary")))
			.andExpect(content().string(containsString("href=\"#mayorName\"")));
		mvc.perform(post("/membership/applications/{id}/sections/motivation", id).param("version", "0")
			.param("motivation", "word ".repeat(201))
			.with(city.official())
			.with(csrf())).andExpect(content().string(containsString("Motivation: write at most 200 words.")));
		// Saved for later, an unfinished section keeps what is there.
		mvc.perform(post("/membership/applications/{id}/sections/mayor", id).param("version", "0")
			.param("mayorSalutation", "Ms")
			.param("action", "draft")
			.with(city.official())
			.with(csrf())).andExpect(flash().attribute("success", "membership.section.saved"));
		mvc.perform(get("/membership/applications/{id}", id).with(city.official()))
			.andExpect(content().string(containsString("In progress")));
	}

	@Test
	void aStaleEditOfASectionGetsAConflictNotASilentOverwrite() throws Exception {
		Applicant city = newCity("SV");
		long id = start(city);
		mvc.perform(post("/membership/applications/{id}/sections/motivation", id).param("version", "0")
			.param("motivation", "The first official's text.")
			.with(city.official())
			.with(csrf()));
		mvc.perform(post("/membership/applications/{id}/sections/motivation", id).param("version", "0")
			.param("motivation", "The second official's text.")
			.header("Accept", "text/html")
			.with(city.official())
			.with(csrf())).andExpect(status().isConflict());
		assertThat(jdbc.sql("select motivation from membership_application where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("The first official's text.");
	}

	@Test
	void internalUilNotesNeverReachTheCityOrTheNationalCommission() throws Exception {
		Applicant city = newCity("NI");
		long id = startAndComplete(city);
		uploadScan(city, id);
		mvc.perform(post("/membership/applications/{id}/submit", id).with(city.official()).with(csrf()));
		RequestPostProcessor reviewer = DemoUsers.signedInAs(Role.UIL_REVIEWER);
		mvc.perform(post("/membership/applications/{id}/comments", id).param("body", "Secret expert remark")
			.param("internal", "true")
			.with(reviewer)
			.with(csrf()));
		mvc.perform(post("/membership/applications/{id}/comments", id).param("body", "A question for the city")
			.with(reviewer)
			.with(csrf()));
		mvc.perform(get("/membership/applications/{id}", id).with(reviewer))
			.andExpect(content().string(containsString("Secret expert remark")));
		for (RequestPostProcessor outsider : List.of(city.official(), endorserOf("NI"))) {
			mvc.perform(get("/membership/applications/{id}", id).with(outsider))
				.andExpect(content().string(containsString("A question for the city")))
				.andExpect(content().string(not(containsString("Secret expert remark"))));
		}
	}

	@Test
	void submittingTellsTheCityItsNationalCommissionAndUilAndEachDecisionTellsTheNextPeople() throws Exception {
		Applicant city = newCity("MX");
		long id = startAndComplete(city);
		uploadScan(city, id);
		mvc.perform(post("/membership/applications/{id}/submit", id).with(city.official()).with(csrf()));
		// The Mexico endorser and UIL's demo accounts receive the copy, after commit,
		// through the outbox.
		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(mailsFor(id)).contains("natcom.mx@demo.example", "reviewer@demo.example",
					"admin@demo.example"));
		assertThat(jdbc.sql(
				"select subject from outbox_mail where event_key like :key and recipient_email = 'natcom.mx@demo.example'")
			.param("key", "membership-application:" + id + ":%")
			.query(String.class)
			.single()).isEqualTo("Membership application of " + city.name() + " submitted");

		mvc.perform(post("/membership/applications/{id}/return", id).param("comment", "Please add the census year.")
			.param("confirmed", "true")
			.with(DemoUsers.signedInAs(Role.NATCOM_ENDORSER))
			.with(csrf())).andExpect(flash().attribute("success", "membership.returned"));
		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(jdbc
				.sql("select count(*) from outbox_mail where event_key like :key and text_body like '%census year%'")
				.param("key", "membership-application:" + id + ":%")
				.query(Integer.class)
				.single()).isPositive());
	}

	@Test
	void anOfficialOfAMemberCityIsToldItIsAMemberInsteadOfBeingOfferedAnApplication() throws Exception {
		RequestPostProcessor melton = DemoUsers.signedInAs(Role.CITY_OFFICIAL);
		mvc.perform(get("/membership").with(melton))
			.andExpect(content().string(containsString("Melton is a member of the network since 28 September 2015")))
			.andExpect(content().string(not(containsString("Start an application"))));
		mvc.perform(get("/my").with(melton))
			.andExpect(content().string(containsString("Your city is a member of the network.")));
		mvc.perform(post("/membership/applications").with(melton).with(csrf()))
			.andExpect(flash().attribute("error", "membership.error.alreadyMember"));
	}

	private List<String> mailsFor(long id) {
		return jdbc.sql("select recipient_email from outbox_mail where event_key like :key")
			.param("key", "membership-application:" + id + ":%")
			.query(String.class)
			.list();
	}

	private static String text(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

}
