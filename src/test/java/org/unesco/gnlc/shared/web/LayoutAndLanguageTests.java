package org.unesco.gnlc.shared.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MockMvc;
import org.unesco.gnlc.DemoUsers;
import org.unesco.gnlc.PortalTest;
import org.unesco.gnlc.shared.security.Role;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
class LayoutAndLanguageTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theHomePageSpeaksEnglishByDefault() throws Exception {
		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"en\" dir=\"ltr\">")))
			.andExpect(content().string(containsString("UNESCO Global Network of Learning Cities")));
	}

	@Test
	void aVisitorWhoChoosesFrenchReadsFrenchOnEveryFollowingPage() throws Exception {
		// The choice lives in the HTTP session, which Spring Session keys by the SESSION
		// cookie.
		Cookie session = mvc.perform(get("/").param("lang", "fr"))
			.andExpect(content().string(containsString("<html lang=\"fr\" dir=\"ltr\">")))
			.andExpect(content().string(containsString("Réseau mondial UNESCO des villes apprenantes")))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		mvc.perform(get("/key-features").cookie(session))
			.andExpect(content().string(containsString("<html lang=\"fr\" dir=\"ltr\">")))
			.andExpect(content().string(containsString("Volonté et engagement politiques forts")));
	}

	@Test
	void spanishIsOfferedAndTheBrowsersLanguageIsTheDefault() throws Exception {
		mvc.perform(get("/").header("Accept-Language", "es-MX,es;q=0.9"))
			.andExpect(content().string(containsString("<html lang=\"es\" dir=\"ltr\">")))
			.andExpect(content().string(containsString("Red Mundial de Ciudades del Aprendizaje de la UNESCO")));
	}

	@Test
	void arabicIsOfferedAndItsPagesReadFromRightToLeftWithBootstrapsRightToLeftStyleSheet() throws Exception {
		mvc.perform(get("/").param("lang", "ar"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"ar\" dir=\"rtl\">")))
			.andExpect(content().string(containsString("الشبكة العالمية لمدن التعلّم التابعة لليونسكو")))
			.andExpect(content().string(containsString("/webjars/bootstrap/css/bootstrap.rtl.min.css")))
			.andExpect(content().string(containsString("aria-current=\"true\">العربية</a>")));
		mvc.perform(get("/").param("lang", "en"))
			.andExpect(content().string(containsString("/webjars/bootstrap/css/bootstrap.min.css")))
			.andExpect(content().string(containsString("href=\"/?lang=ar\" lang=\"ar\" hreflang=\"ar\">العربية</a>")));
	}

	@Test
	void aBrowserThatPrefersArabicGetsArabic() throws Exception {
		mvc.perform(get("/key-features").header("Accept-Language", "ar-JO,ar;q=0.9,en;q=0.5"))
			.andExpect(content().string(containsString("<html lang=\"ar\" dir=\"rtl\">")))
			.andExpect(content().string(containsString("السمات الرئيسية لمدن التعلّم")))
			.andExpect(content().string(containsString("إرادة سياسية والتزام قويان")));
	}

	@Test
	void anUnknownLanguageKeepsThePageInEnglishRatherThanFailing() throws Exception {
		mvc.perform(get("/").param("lang", "xx-<script>"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"en\" dir=\"ltr\">")));
	}

	@Test
	void theLanguageSwitchKeepsThePageAndItsQuery() throws Exception {
		mvc.perform(get("/key-features").param("lang", "es"))
			.andExpect(content().string(containsString("href=\"/key-features?lang=fr\"")))
			.andExpect(content().string(containsString("aria-current=\"true\">Español</a>")));
	}

	@Test
	void pagesCarryAContentSecurityPolicyWithoutInlineScriptAndLoadNothingFromElsewhere() throws Exception {
		mvc.perform(get("/"))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(content().string(containsString("/webjars/bootstrap/")))
			.andExpect(content().string(not(containsString("<script>"))))
			.andExpect(content().string(not(containsString(" onclick="))))
			.andExpect(content().string(not(containsString("https://"))));
	}

	@Test
	void everyPageHasLandmarksASkipLinkAndOneMainHeading() throws Exception {
		mvc.perform(get("/"))
			.andExpect(content().string(containsString("<a class=\"skip-link\" href=\"#main\"")))
			.andExpect(content().string(containsString("<header")))
			.andExpect(content().string(containsString("<main id=\"main\"")))
			.andExpect(content().string(containsString("<footer")))
			.andExpect(content().string(containsString("<nav")));
	}

	@Test
	void anUnknownPageIsAFriendlyPageNotAStackTrace() throws Exception {
		mvc.perform(get("/admin/countries/QQ").header("Accept", "text/html").with(DemoUsers.signedInAs(Role.UIL_ADMIN)))
			.andExpect(status().isNotFound());
	}

	@Test
	void theErrorPageExplainsItselfInTheReadersLanguage() throws Exception {
		mvc.perform(get("/error").header("Accept", "text/html")
			.header("Accept-Language", "fr")
			.requestAttr("jakarta.servlet.error.status_code", 404)
			.requestAttr("jakarta.servlet.error.request_uri", "/nulle-part"))
			.andExpect(content().string(containsString("Page introuvable")))
			.andExpect(content().string(not(containsString("Exception"))))
			.andExpect(content().string(containsString("href=\"/nulle-part?lang=es\"")));
	}

	@Test
	void onlyTheHealthOfActuatorIsPublicAndItIsUpWithTheDatabase() throws Exception {
		mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"status\":\"UP\"")));
		mvc.perform(get("/actuator/env")).andExpect(status().is3xxRedirection());
	}

}
