package org.unesco.gnlc.shared.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A form beyond the container's limits is read by the portal itself: its text fields are
 * kept, its files dropped, and no more text than a form of the portal could hold, however
 * large the body.
 */
class OversizedFormTests {

	private static final String BOUNDARY = "gnlc-boundary";

	@Test
	void theTextFieldsAreKeptAndTheFilesDropped() throws Exception {
		OversizedForm form = OversizedForm
			.read(multipart(Map.of("_csrf", "token-1", "comment", "Très bien : merci"), "letter", 2 * 1024 * 1024));

		assertThat(form.getParameterMap()).containsOnlyKeys("_csrf", "comment");
		assertThat(form.getParameterMap().get("comment")).containsExactly("Très bien : merci");
		assertThatIllegalStateException().isThrownBy(form::getParts);
	}

	@Test
	void noMoreTextIsKeptThanAFormOfThePortalCouldHoldHoweverLargeTheBody() throws Exception {
		String large = "a".repeat(700 * 1024);
		OversizedForm form = OversizedForm
			.read(multipart(Map.of("first", large, "second", large, "third", large), "letter", 1024));

		long kept = form.getParameterMap()
			.values()
			.stream()
			.flatMap(Arrays::stream)
			.mapToLong((value) -> value.getBytes(StandardCharsets.UTF_8).length)
			.sum();
		assertThat(kept).isEqualTo(OversizedForm.MOST_TEXT);
	}

	private static MockHttpServletRequest multipart(Map<String, String> fields, String fileField, int fileSize)
			throws Exception {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (Map.Entry<String, String> field : fields.entrySet()) {
			body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
					+ field.getValue() + "\r\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + fileField
				+ "\"; filename=\"letter.pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(new byte[fileSize]);
		body.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/membership/endorsements/1");
		request.setContentType("multipart/form-data; boundary=" + BOUNDARY);
		request.setContent(body.toByteArray());
		return request;
	}

}
