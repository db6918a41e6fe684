package org.unesco.gnlc.shared.web;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.unesco.gnlc.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one rule for the way back after a refused action or a rejected file: a page of this
 * portal named by a same-origin Referer, else the item's own page (the one its action
 * names, or its address less its last segments).
 */
@PortalTest
class ReturnPagesTests {

	@Autowired
	ReturnPages returnPages;

	@Test
	void aSameOriginRefererNamingAPageOfThePortalIsTheWayBack() {
		assertThat(returnPages
			.of(post("/membership/applications/5/submit", "http://localhost/membership/applications/5/check")))
			.isEqualTo("/membership/applications/5/check");
		assertThat(returnPages.of(post("/award/review/5/scores", "http://localhost/award/review?page=2&sort=city")))
			.isEqualTo("/award/review?page=2&sort=city");
	}

	@Test
	void withoutAUsableRefererTheWayBackIsTheItemsOwnPage() {
		assertThat(returnPages.of(post("/membership/applications/5/submit", null)))
			.isEqualTo("/membership/applications/5");
		assertThat(returnPages.of(post("/membership/applications/5/signed-form", "http://localhost//evil.example/x")))
			.isEqualTo("/membership/applications/5");
		assertThat(
				returnPages.of(post("/admin/award-cycles/9/criteria/4/move", "http://evil.example/admin/award-cycles")))
			.isEqualTo("/admin/award-cycles/9/criteria/4");
		assertThat(returnPages.of(post("/no-such-feature/7/act", null))).isEqualTo("/");
	}

	@Test
	void aRefusedPageIsNeverItsOwnWayBack() {
		MockHttpServletRequest reload = request("GET", "/admin/award-cycles/9/criteria/new",
				"http://localhost/admin/award-cycles/9/criteria/new");
		assertThat(returnPages.of(reload)).isEqualTo("/admin/award-cycles/9");
	}

	@Test
	void theOriginIsTheWholeOfSchemeHostAndPort() {
		MockHttpServletRequest behindPort = post("/membership/applications/5/submit",
				"http://localhost:8080/membership/applications/5/check");
		behindPort.setServerPort(8080);
		assertThat(returnPages.of(behindPort)).isEqualTo("/membership/applications/5/check");
		assertThat(returnPages
			.of(post("/membership/applications/5/submit", "http://localhost:8080/membership/applications/5/check")))
			.isEqualTo("/membership/applications/5");
		assertThat(returnPages
			.of(post("/membership/applications/5/submit", "https://localhost/membership/applications/5/check")))
			.isEqualTo("/membership/applications/5");
	}

	@Test
	void underAContextPathTheRefererMustBeInsideIt() {
		MockHttpServletRequest inside = post("/portal/membership/applications/5/submit",
				"http://localhost/portal/membership/applications/5/check");
		inside.setContextPath("/portal");
		assertThat(returnPages.of(inside)).isEqualTo("/membership/applications/5/check");
		MockHttpServletRequest outside = post("/portal/membership/applications/5/submit",
				"http://localhost/membership/applications/5/check");
		outside.setContextPath("/portal");
		assertThat(returnPages.of(outside)).isEqualTo("/membership/applications/5");
	}

	@Test
	void onlyAPathABrowserReadsAsThisOriginsOwnIsSafe() {
		assertThat(ReturnPages.isSafe("/membership/applications/5")).isTrue();
		assertThat(ReturnPages.isSafe("//evil.example/x")).isFalse();
		assertThat(ReturnPages.isSafe("/\\evil.example")).isFalse();
		assertThat(ReturnPages.isSafe("/award/../x")).isFalse();
		assertThat(ReturnPages.isSafe("/award/%2E%2e/x")).isFalse();
		assertThat(ReturnPages.isSafe("evil.example")).isFalse();
	}

	@Test
	void withoutAUsableRefererAnActionNamingItsItemPageGoesBackThere() throws Exception {
		assertThat(returnPages
			.of(handledBy(post("/award/cycles/12/applications", null), "start", Map.of("cycleId", "12"))))
			.as("a city's start names /award, not the cycle's id read as a year")
			.isEqualTo("/award");
		assertThat(returnPages.of(handledBy(post("/admin/award-cycles/9/criteria/4/move", "http://evil.example/x"),
				"move", Map.of("id", "9", "criterionId", "4"))))
			.isEqualTo("/admin/award-cycles/9");
		assertThat(returnPages.of(handledBy(post("/admin/award-cycles/x/criteria/4/move", null), "move",
				Map.of("id", "../../evil.example"))))
			.as("a variable stays one segment of the page")
			.isEqualTo("/admin/award-cycles/..%2F..%2Fevil.example");
		assertThat(returnPages.of(handledBy(post("/membership/applications/5/submit", null), "lost", Map.of())))
			.as("an item page the portal does not have")
			.isEqualTo("/membership/applications/5");
	}

	/** Handlers as a route would have them, naming their item's page. */
	static class Actions {

		@ItemPage("/award")
		void start() {
		}

		@ItemPage("/admin/award-cycles/{id}")
		void move() {
		}

		@ItemPage("/no-such-page")
		void lost() {
		}

	}

	private static MockHttpServletRequest handledBy(MockHttpServletRequest request, String action,
			Map<String, String> variables) throws NoSuchMethodException {
		request.setAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE,
				new HandlerMethod(new Actions(), Actions.class.getDeclaredMethod(action)));
		request.setAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, variables);
		return request;
	}

	private static MockHttpServletRequest post(String uri, @Nullable String referer) {
		return request("POST", uri, referer);
	}

	private static MockHttpServletRequest request(String method, String uri, @Nullable String referer) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, uri);
		if (referer != null) {
			request.addHeader("Referer", referer);
		}
		return request;
	}

}
