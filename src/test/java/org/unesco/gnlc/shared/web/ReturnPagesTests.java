package org.unesco.gnlc.shared.web;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.unesco.gnlc.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one rule for the way back after a refused action or a rejected file: a page of this
 * portal named by a same-origin Referer, else the item's own page.
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
