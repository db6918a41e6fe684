package org.unesco.gnlc;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Addresses Tomcat refuses itself, before the portal sees them (an encoded NUL, an
 * encoded slash or backslash, invalid UTF-8, a bad escape, a raw backslash): the answer
 * is 400 with the portal's own page ({@code shared.web.ContainerErrorPages}), in its look
 * and its four languages, valid HTML, without a stack trace or the server's name and
 * version. The requests go out as written, over a socket: an HTTP client would normalise
 * or refuse them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "demo" })
class RequestsRefusedByTheContainerTests {

	@LocalServerPort
	int port;

	@Test
	void aPathTheContainerRefusesGetsThePortalsOwn400PageWithoutStackTraceOrServerVersion() throws Exception {
		for (String path : List.of("/cities/%00", "/cities%2F..", "/cities/%2e%2e%5c..", "/cities/%C0%AE",
				"/cities/%zz", "/cities\\x")) {
			String answer = sent("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
			String head = answer.substring(0, answer.indexOf("\r\n\r\n"));
			String page = answer.substring(answer.indexOf("\r\n\r\n") + 4);

			assertThat(head).as(path).startsWith("HTTP/1.1 400").contains("Content-Type: text/html;charset=UTF-8");
			assertThat(page).as(path)
				.contains("class=\"portal-header\"")
				.contains("<h1>The request could not be understood</h1>")
				.contains("<h2>La demande n&#39;a pas pu être comprise</h2>")
				.contains("<h2>No se ha podido entender la solicitud</h2>")
				.contains("<section class=\"mb-5\" lang=\"ar\" dir=\"rtl\">")
				.contains("href=\"/css/portal.css\"");
			assertThat(answer).as(path)
				.doesNotContainIgnoringCase("tomcat")
				.doesNotContain("Exception")
				.doesNotContain("\tat ");
			assertThat(NuHtmlChecker.get().errors(page)).as("the Nu HTML Checker's errors on %s", path).isEmpty();
		}
	}

	private String sent(String request) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
