package org.unesco.gnlc;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.unesco.gnlc.MalformedCorpus.Body;
import org.unesco.gnlc.MalformedCorpus.Form;
import org.unesco.gnlc.MalformedCorpus.HttpPath;
import org.unesco.gnlc.MalformedCorpus.Variant;
import org.unesco.gnlc.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unesco.gnlc.MalformedCorpus.SKIPPED;
import static org.unesco.gnlc.MalformedCorpus.replaceFirstSegment;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A corpus of malformed requests, as a hurried user or an attacker sends them, to every
 * public page and to the forms each role reaches: huge strings, NUL bytes, invalid UTF-8,
 * negative, huge and non-numeric numbers, unknown choices, impossible dates, missing
 * fields, unknown and malformed ids. No answer may be a server error; every page answers
 * in the person's language; and an input that cannot be understood is explained on the
 * page it came from (or on the portal's own error page for an address that names
 * nothing).
 *
 * <p>
 * The forms are found as a person finds them: by reading the pages each role can open
 * (the sample addresses of {@code access-rules/*.rules}) and the links on them. The
 * portal runs on a database of its own, so whatever the corpus manages to change touches
 * no other test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "gnlc.embedded-database.database=malformed_requests")
@ActiveProfiles({ "test", "demo" })
@DirtiesContext
class MalformedRequestsTests {

	/**
	 * Malformed values of query parameters the portal's pages read (and some they do
	 * not).
	 */
	private static final List<String> QUERIES = List.of("page=-1", "page=abc", "page=99999999999999999999",
			"page=2147483647", "size=-3", "size=abc", "sort=nonsense", "dir=sideways", "region=ATLANTIS", "country=ZZZ",
			"award=abc", "joined=-5", "q=%00", "q=" + "x".repeat(5_000), "q=%FF%FE", "year=abc", "decided=perhaps",
			"kind=NOPE", "lang=xx", "state=NOPE", "role=KING", "page=1%002");

	/** Values a path segment that names something may take. */
	private static final List<String> SEGMENTS = List.of("abc", "99999999999999999999", "%00");

	record Persona(String name, Role role, String language) {
	}

	private static final List<Persona> PERSONAS = List.of(new Persona("visitor", null, "en"),
			new Persona("city official", Role.CITY_OFFICIAL, "fr"),
			new Persona("National Commission", Role.NATCOM_ENDORSER, "es"),
			new Persona("reviewer", Role.UIL_REVIEWER, "en"), new Persona("juror", Role.JURY_MEMBER, "fr"),
			new Persona("administrator", Role.UIL_ADMIN, "es"));

	@LocalServerPort
	int port;

	private final List<String> problems = new ArrayList<>();

	private int sent;

	private int serverErrors;

	@Test
	void malformedRequestsToEveryPublicPageAndEveryRolesFormsNeverFailAndAreExplained() throws Exception {
		for (Persona persona : PERSONAS) {
			Browser browser = new Browser(persona);
			browser.signIn();
			Map<String, Document> pages = browser.crawl(seeds(persona));
			int variants = persona.role() == null ? QUERIES.size() : 2;
			int rotation = 0;
			for (Map.Entry<String, Document> entry : pages.entrySet()) {
				String page = entry.getKey();
				for (int i = 0; i < variants; i++) {
					String query = QUERIES.get((rotation++) % QUERIES.size());
					String parameter = query.substring(0, query.indexOf('='));
					browser.check("GET", withQuery(page, query), null, query,
							isUnreadable(query) && reads(entry.getValue(), page, parameter));
				}
				for (String segment : SEGMENTS) {
					replaceFirstSegment(page, segment)
						.ifPresent(url -> browser.check("GET", url, null, "segment " + segment, false));
				}
			}
			Map<String, Form> forms = new LinkedHashMap<>();
			pages.values()
				.forEach(document -> Form.allOn(document).forEach(form -> forms.putIfAbsent(form.key(), form)));
			for (Form form : forms.values()) {
				for (Variant variant : Variant.of(form)) {
					browser.signInAgainIfSignedOut();
					browser.check("POST", variant.action(), variant.body(browser.csrf()), variant.name(),
							variant.unreadable());
				}
			}
		}
		System.out.printf("Malformed corpus: %d requests, %d answered 5xx, %d problems%n", sent, serverErrors,
				problems.size());
		Files.write(Path.of("target", "malformed-requests-problems.txt"), problems);
		assertThat(problems).as("%d malformed requests", sent).isEmpty();
		assertThat(serverErrors).isZero();
		assertThat(sent).isGreaterThanOrEqualTo(200);
	}

	/**
	 * The GET routes this persona may open, by the sample addresses of the access rules.
	 */
	private static Set<String> seeds(Persona persona) {
		Set<String> seeds = new LinkedHashSet<>(List.of("/", "/my"));
		AccessRulesTests.rules().values().forEach(rule -> {
			AccessRulesTests.Outcome outcome = persona.role() == null ? rule.visitor()
					: rule.roles().get(persona.role());
			if (rule.method().equals("GET") && outcome == AccessRulesTests.Outcome.OK
					&& !SKIPPED.matcher(rule.sample().replaceAll("\\?.*", "")).find()) {
				seeds.add(rule.sample());
			}
		});
		if (persona.role() == null) {
			seeds.remove("/my");
		}
		return seeds;
	}

	private static boolean isUnreadable(String query) {
		String value = query.substring(query.indexOf('=') + 1);
		return value.equals("abc") || value.equals("99999999999999999999") || value.equals("perhaps")
				|| value.equals("sideways");
	}

	/** Whether the page reads this parameter: its links or its forms carry it. */
	private static boolean reads(Document document, String page, String parameter) {
		String path = page.replaceAll("\\?.*", "");
		return !document.select("form[method=get] [name=" + parameter + "]").isEmpty() || document.select("a[href]")
			.stream()
			.map(link -> link.attr("href"))
			.anyMatch(href -> href.startsWith(path + "?") && href.matches(".*[?&]" + parameter + "=.*"));
	}

	private static String withQuery(String url, String query) {
		return url + (url.contains("?") ? "&" : "?") + query;
	}

	/** One person's browser, without JavaScript, keeping a session. */
	final class Browser {

		private final Persona persona;

		private final HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		private String csrf = "";

		Browser(Persona persona) {
			this.persona = persona;
		}

		void signIn() throws Exception {
			if (persona.role() != null) {
				get("/login");
				String email = DemoUsers.EMAILS.get(persona.role());
				HttpResponse<byte[]> answer = post("/login",
						new Body(false, csrf, Map.of("email", email, "password", DemoUsers.PASSWORD)));
				assertThat(answer.headers().firstValue("Location").orElse("")).as(persona.name() + " signs in")
					.endsWith("/my");
			}
			get("/?lang=" + persona.language());
		}

		void signInAgainIfSignedOut() throws Exception {
			if (persona.role() != null && get("/my").statusCode() == 302) {
				signIn();
			}
		}

		String csrf() {
			return csrf;
		}

		/**
		 * Opens the seeds and the pages they link to (one of each shape of address),
		 * reads their forms.
		 */
		Map<String, Document> crawl(Set<String> seeds) throws Exception {
			Map<String, Document> pages = new LinkedHashMap<>();
			Set<String> shapes = new LinkedHashSet<>();
			List<String> queue = new ArrayList<>(seeds);
			for (int i = 0; i < queue.size() && pages.size() < 40; i++) {
				String url = queue.get(i);
				String shape = url.replaceAll("\\?.*", "").replaceAll("\\d+", "{n}");
				if (!shapes.add(shape) && i >= seeds.size()) {
					continue;
				}
				HttpResponse<byte[]> page = get(url);
				if (page.statusCode() != 200 || !html(page)) {
					continue;
				}
				Document document = Jsoup.parse(text(page), "http://localhost:" + port);
				pages.put(url, document);
				for (Element link : document.select("a[href]")) {
					String path = HttpPath.of(link.attr("href"));
					if (!path.isEmpty() && !SKIPPED.matcher(path.replaceAll("\\?.*", "")).find()
							&& !path.contains("lang=")) {
						queue.add(path);
					}
				}
			}
			return pages;
		}

		/** Sends one malformed request and judges the answer, following one redirect. */
		void check(String method, String url, Body body, String variant, boolean unreadable) {
			String what = persona.name() + " " + method + " " + abbreviate(url) + " (" + variant + ")";
			try {
				HttpResponse<byte[]> answer = method.equals("GET") ? get(url) : post(url, body);
				sent++;
				judge(what, answer, unreadable, 0);
			}
			catch (Exception ex) {
				problems.add(what + ": " + ex);
			}
		}

		private void judge(String what, HttpResponse<byte[]> answer, boolean unreadable, int redirects)
				throws Exception {
			int status = answer.statusCode();
			if (status >= 500) {
				serverErrors++;
				problems.add(what + ": answered " + status);
				return;
			}
			String body = text(answer);
			if (body.contains("Exception") || body.contains("at org.") || body.contains("Apache Tomcat")) {
				problems.add(what + ": shows a stack trace or the container's page (" + status + ")");
				return;
			}
			if (status == 302 || status == 303) {
				String location = HttpPath.of(answer.headers().firstValue("Location").orElse(""));
				if (redirects == 0 && !location.isEmpty() && !location.startsWith("/login")) {
					judge(what + " → " + abbreviate(location), get(location), unreadable, 1);
				}
				return;
			}
			if (!html(answer)) {
				return;
			}
			// A path Tomcat refuses itself (segment %00) gets the portal's static page,
			// in
			// every language at once (RequestsRefusedByTheContainerTests).
			if (!body.contains("lang=\"" + persona.language() + "\"")) {
				problems.add(what + ": " + status + " not in the person's language (" + persona.language() + ")");
			}
			if (status >= 400 && !body.contains("portal-header")) {
				problems.add(what + ": " + status + " is not the portal's own page");
			}
			boolean explained = status >= 400 || body.contains("error-summary") || body.contains("alert-danger")
					|| body.contains("alert-warning") || body.contains("invalid-feedback");
			if (unreadable && !explained) {
				problems.add(what + ": " + status + " says nothing of the input it could not read");
			}
		}

		private boolean html(HttpResponse<?> answer) {
			return answer.headers().firstValue("Content-Type").orElse("").startsWith("text/html");
		}

		private String text(HttpResponse<byte[]> answer) {
			String text = new String(answer.body(), StandardCharsets.UTF_8);
			Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(text);
			if (token.find()) {
				csrf = token.group(1);
			}
			return text;
		}

		HttpResponse<byte[]> get(String url) throws IOException, InterruptedException {
			HttpResponse<byte[]> answer = client.send(
					HttpRequest.newBuilder(uri(url)).header("Accept", "text/html").GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
			text(answer);
			return answer;
		}

		HttpResponse<byte[]> post(String url, Body body) throws IOException, InterruptedException {
			return client.send(HttpRequest.newBuilder(uri(url))
				.header("Accept", "text/html")
				.header("Content-Type", body.contentType())
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()))
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		}

		private URI uri(String url) {
			return URI.create("http://localhost:" + port + url.replace(" ", "%20"));
		}

	}

	private static String abbreviate(String text) {
		return text.length() > 140 ? text.substring(0, 140) + "…" : text;
	}

}
