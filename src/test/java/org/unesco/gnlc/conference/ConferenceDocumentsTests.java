package org.unesco.gnlc.conference;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.unesco.gnlc.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A conference's documents keep their points in order and only attachments that pass the
 * upload checks.
 */
@PortalTest
class ConferenceDocumentsTests extends ConferenceEditingSteps {

	@Test
	void documentsKeepOrderedPointsAndCheckedAttachments() throws Exception {
		int number = newConference();
		String address = mvc
			.perform(post("/conferences/" + number + "/documents/new").with(csrf())
				.with(reviewer())
				.param("type", "DECLARATION")
				.param("title", "Test Declaration on Learning")
				.param("adoptedOn", "2031-05-12")
				.param("summary", "A test.")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String documentPath = address.replace("/edit", "");
		for (String label : new String[] { "1", "2", "3" }) {
			mvc.perform(post(documentPath + "/points/new").with(csrf())
				.with(reviewer())
				.param("section", "Commitments")
				.param("label", label)
				.param("text", "Point number " + label)
				.param("version", "0")).andExpect(status().is3xxRedirection());
		}
		long third = jdbc
			.sql("select p.id from conference_document_point p join conference_document d on d.id = p.document_id "
					+ "where d.title = 'Test Declaration on Learning' and p.label = '3'")
			.query(Long.class)
			.single();
		mvc.perform(post(documentPath + "/points/" + third + "/move").with(csrf())
			.with(reviewer())
			.param("direction", "up"));
		String record = Pages.text(page("/conferences/" + number, null));
		assertThat(record).containsSubsequence("Point number 1", "Point number 3", "Point number 2");

		byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
		mvc.perform(multipart(documentPath + "/attachments")
			.file(new MockMultipartFile("file", "..\\..\\Mexico\r\nStatement.PDF", "text/plain", pdf))
			.with(csrf())
			.with(reviewer())).andExpect(status().is3xxRedirection());
		String edit = page(address, reviewer());
		assertThat(Pages.text(edit)).contains("Mexico Statement.pdf");
		long attachment = jdbc
			.sql("select a.id from conference_attachment a join conference_document d on d.id = a.document_id "
					+ "where d.title = 'Test Declaration on Learning'")
			.query(Long.class)
			.single();
		MockHttpServletResponse download = mvc.perform(get("/conferences/" + number + "/attachments/" + attachment))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andReturn()
			.getResponse();
		assertThat(download.getHeader("Content-Disposition")).startsWith("attachment")
			.contains("Mexico Statement.pdf")
			.doesNotContain("\r")
			.doesNotContain("\n");
		assertThat(download.getContentAsByteArray()).isEqualTo(pdf);

		mvc.perform(multipart(documentPath + "/attachments")
			.file(new MockMultipartFile("file", "statement.pdf", "application/pdf",
					"<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
			.with(csrf())
			.with(reviewer()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("uploadProblem", "conference.error.fileType"));
		assertThat(jdbc
			.sql("select count(*) from conference_attachment a join conference_document d on d.id = a.document_id "
					+ "where d.title = 'Test Declaration on Learning'")
			.query(Long.class)
			.single()).isEqualTo(1);

		mvc.perform(multipart(documentPath + "/attachments")
			.file(new MockMultipartFile("file", "guide.docx", "application/octet-stream", wordDocument()))
			.with(csrf())
			.with(reviewer()));
		assertThat(Pages.text(page(address, reviewer()))).contains("guide.docx");

		mvc.perform(post(documentPath + "/delete").with(csrf()).with(reviewer()).param("version", "0"))
			.andExpect(redirectedUrl(address + "#delete"));
		assertThat(Pages.text(page("/conferences/" + number, null))).contains("Test Declaration on Learning");
		mvc.perform(post(documentPath + "/delete").with(csrf())
			.with(reviewer())
			.param("version", "0")
			.param("confirm", "true")).andExpect(redirectedUrl("/conferences/" + number + "/manage#documents"));
		assertThat(Pages.text(page("/conferences/" + number, null))).doesNotContain("Test Declaration on Learning");
		assertThat(Pages.text(page("/conferences/" + number + "/history", reviewer()))).contains("Uploaded · file",
				"Deleted · document");
	}

	// Helpers
	// ------------------------------------------------------------------------------------

}
