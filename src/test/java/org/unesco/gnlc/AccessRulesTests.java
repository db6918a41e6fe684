package org.unesco.gnlc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.DynamicTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.unesco.gnlc.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Every route of the portal has a declared access decision for a visitor and for each
 * role, and the running application honours it. The declarations live in
 * {@code src/test/resources/access-rules/*.rules}, one file per feature:
 *
 * <pre>
 * # method  route                     sample URL           visitor city natcom reviewer jury admin
 * GET       /admin/countries/{code}   /admin/countries/MX  login   deny deny   deny     deny ok
 * </pre>
 *
 * {@code ok}: served (not refused, not sent to sign in); {@code login}: sent to the
 * sign-in page; {@code deny}: refused with 403. A route the application has but no file
 * declares fails the build, so no route ships without an access decision.
 */
@PortalTest
class AccessRulesTests {

	private static final List<Role> ROLES = List.of(Role.CITY_OFFICIAL, Role.NATCOM_ENDORSER, Role.UIL_REVIEWER,
			Role.JURY_MEMBER, Role.UIL_ADMIN);

	enum Outcome {

		OK, LOGIN, DENY

	}

	record Rule(String method, String route, String sample, Outcome visitor, Map<Role, Outcome> roles, String source) {

		String key() {
			return method + " " + route;
		}

	}

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Test
	void everyRouteOfTheApplicationHasADeclaredAccessDecision() {
		Set<String> declared = new TreeSet<>(rules().keySet());
		Set<String> missing = new TreeSet<>(routes());
		missing.removeAll(declared);
		assertThat(missing).as("routes without an access decision in src/test/resources/access-rules").isEmpty();
	}

	@Test
	void everyDeclaredRouteStillExists() {
		Set<String> stale = new TreeSet<>(rules().keySet());
		stale.removeAll(routes());
		assertThat(stale).as("access rules for routes the application no longer has").isEmpty();
	}

	@TestFactory
	Stream<DynamicTest> eachRouteAnswersEachRoleAsDeclared() {
		return rules().values().stream().flatMap(rule -> {
			List<DynamicTest> tests = new ArrayList<>();
			tests.add(DynamicTest.dynamicTest(rule.key() + " as a visitor",
					() -> assertOutcome(rule, "visitor", rule.visitor(), request(rule))));
			for (Role role : ROLES) {
				tests.add(DynamicTest.dynamicTest(rule.key() + " as " + role, () -> assertOutcome(rule, role.name(),
						rule.roles().get(role), request(rule).with(DemoUsers.signedInAs(role)))));
			}
			return tests.stream();
		});
	}

	private MockHttpServletRequestBuilder request(Rule rule) {
		HttpMethod method = HttpMethod.valueOf(rule.method().equals("ANY") ? "GET" : rule.method());
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, rule.sample())
			.header("Accept", "text/html");
		if (rule.route().equals("/error")) {
			// The error page is reached by the container's error dispatch, which names
			// the status.
			request.requestAttr("jakarta.servlet.error.status_code", 404)
				.requestAttr("jakarta.servlet.error.request_uri", "/missing");
		}
		return method == HttpMethod.GET ? request : request.with(csrf());
	}

	private void assertOutcome(Rule rule, String who, Outcome expected, MockHttpServletRequestBuilder request)
			throws Exception {
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		int status = response.getStatus();
		String location = response.getRedirectedUrl();
		boolean toSignIn = status == 302 && location != null && location.endsWith("/login");
		Outcome actual = toSignIn ? Outcome.LOGIN : status == 403 || status == 401 ? Outcome.DENY : Outcome.OK;
		assertThat(actual)
			.as("%s %s as %s (%s) answered %d %s", rule.method(), rule.sample(), who, rule.source(), status,
					location == null ? "" : location)
			.isEqualTo(expected);
		assertThat(status).as("%s %s as %s must never fail on the server", rule.method(), rule.sample(), who)
			.isLessThan(500);
	}

	/**
	 * Every (method, route) the application's handler mappings answer, actuator endpoints
	 * included.
	 */
	private Set<String> routes() {
		Set<String> routes = new TreeSet<>();
		context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values().forEach(mapping -> {
			for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				for (String pattern : info.getPatternValues()) {
					if (methods.isEmpty()) {
						routes.add("ANY " + pattern);
					}
					methods.forEach(method -> routes.add(method.name() + " " + pattern));
				}
			}
		});
		return routes;
	}

	/** The routes that show a page: every GET route but Spring Boot's /error. */
	static Stream<Rule> pages() {
		return rules().values().stream().filter(rule -> rule.method().equals("GET") && !rule.route().equals("/error"));
	}

	static Map<String, Rule> rules() {
		Map<String, Rule> rules = new LinkedHashMap<>();
		try {
			Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:access-rules/*.rules");
			for (Resource file : files) {
				String[] lines = file.getContentAsString(StandardCharsets.UTF_8).split("\n");
				for (int number = 0; number < lines.length; number++) {
					String line = lines[number].strip();
					if (line.isEmpty() || line.startsWith("#")) {
						continue;
					}
					String source = file.getFilename() + ":" + (number + 1);
					String[] cells = line.split("\\s+");
					assertThat(cells).as("%s: method, route, sample URL and six outcomes", source).hasSize(9);
					Map<Role, Outcome> byRole = new LinkedHashMap<>();
					for (int i = 0; i < ROLES.size(); i++) {
						byRole.put(ROLES.get(i), outcome(cells[4 + i], source));
					}
					Rule rule = new Rule(cells[0], cells[1], cells[2], outcome(cells[3], source), byRole, source);
					assertThat(rules).as("%s declares %s twice", source, rule.key()).doesNotContainKey(rule.key());
					rules.put(rule.key(), rule);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return rules;
	}

	private static Outcome outcome(String cell, String source) {
		return Arrays.stream(Outcome.values())
			.filter(outcome -> outcome.name().equalsIgnoreCase(cell))
			.findFirst()
			.orElseThrow(() -> new AssertionError(source + ": unknown outcome '" + cell + "' (ok, login, deny)"));
	}

}
