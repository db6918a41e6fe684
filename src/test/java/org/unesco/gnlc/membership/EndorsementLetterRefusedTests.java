package org.unesco.gnlc.membership;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.unesco.gnlc.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A National Commission endorses with a comment and a signed letter. When the letter is
 * refused (not a scan, or over the portal's 10 MB), the application's page says why at
 * the letter's field and shows the comment as typed, ready to send again; nothing is
 * endorsed. (A letter beyond the servlet container's own limits:
 * {@code OversizedEndorsementLetterTests}.)
 */
@PortalTest
class EndorsementLetterRefusedTests extends MembershipJourneySteps {

	static final String COMMENT = "The Commission supports the application:\nits learning council met twice.";

	@Test
	void aRefusedLetterComesBackWithItsErrorAndTheCommentTyped() throws Exception {
		Applicant city = newCity("GY");
		long id = startAndComplete(city);
		uploadScan(city, id);
		mvc.perform(post("/membership/applications/{id}/submit", id).with(city.official()).with(csrf()));
		byte[] tooLarge = new byte[11 * 1024 * 1024];
		System.arraycopy(SCAN, 0, tooLarge, 0, SCAN.length);

		for (MockMultipartFile letter : List.of(
				new MockMultipartFile("letter", "letter.txt", "text/plain",
						"Not a scan".getBytes(StandardCharsets.UTF_8)),
				new MockMultipartFile("letter", "letter.pdf", "application/pdf", tooLarge))) {
			MvcResult refused = mvc
				.perform(multipart("/membership/applications/{id}/endorse", id).file(letter)
					.param("comment", COMMENT)
					.param("_fileField", "endorse-letter")
					.header("Referer", "http://localhost/membership/applications/" + id)
					.with(endorserOf("GY"))
					.with(csrf()))
				.andExpect(redirectedUrl("/membership/applications/" + id))
				.andReturn();
			Cookie session = refused.getResponse().getCookie("SESSION");
			assertThat(session).as("the session holding the error and the comment").isNotNull();

			Document page = Jsoup
				.parse(mvc.perform(get("/membership/applications/{id}", id).with(endorserOf("GY")).cookie(session))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString(StandardCharsets.UTF_8));
			assertThat(page.getElementById("endorse-letter").hasClass("is-invalid")).as(letter.getOriginalFilename())
				.isTrue();
			assertThat(page.select(".error-summary").text()).containsAnyOf("This kind of file cannot be uploaded here",
					"The file is larger than 10 MB");
			assertThat(page.getElementById("endorse-comment").val()).as(letter.getOriginalFilename())
				.isEqualTo(COMMENT);
			// The other comments of the page stay empty.
			assertThat(page.getElementById("return-comment").val()).isEmpty();
			assertThat(state(id)).isEqualTo("SUBMITTED");
		}
	}

}
