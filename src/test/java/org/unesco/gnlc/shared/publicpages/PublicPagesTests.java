package org.unesco.gnlc.shared.publicpages;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.unesco.gnlc.DemoUsers;
import org.unesco.gnlc.PortalTest;
import org.unesco.gnlc.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Visitors get public pages kept in memory, revalidated by ETag, in their language, and
 * fresh after any change of the data; signed-in people always get a page of their own,
 * never kept. (Over real HTTP, with sessions, cookies and two instances:
 * {@code notification.TwoInstancesTests}.)
 */
@PortalTest
class PublicPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CacheManager caches;

	@Autowired
	SessionRepository<?> sessions;

	@BeforeEach
	void nothingKept() {
		caches.getCacheNames().forEach(name -> caches.getCache(name).clear());
	}

	@Test
	void aVisitorGetsTheKeptPageWithTheSameHeadersAndRevalidatesItWithoutRendering() throws Exception {
		MvcResult rendered = mvc.perform(get("/cities"))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("X-Cache"))
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "public, max-age=30, must-revalidate"))
			.andExpect(header().string(HttpHeaders.VARY,
					allOf(containsString("Accept-Language"), containsString("Cookie"))))
			.andExpect(header().exists(HttpHeaders.LAST_MODIFIED))
			.andReturn();
		String eTag = rendered.getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(eTag).matches("\"\\d+-\\d{4}-\\d{2}-\\d{2}-en\"");

		MvcResult kept = mvc.perform(get("/cities"))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Cache", "hit"))
			.andExpect(header().string(HttpHeaders.ETAG, eTag))
			.andExpect(header().string("Content-Security-Policy", startsWith("default-src 'self'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andReturn();
		assertThat(kept.getResponse().getContentAsString()).isEqualTo(rendered.getResponse().getContentAsString());
		assertThat(kept.getResponse().getContentType()).isEqualTo(rendered.getResponse().getContentType());

		mvc.perform(get("/cities").header(HttpHeaders.IF_NONE_MATCH, eTag))
			.andExpect(status().isNotModified())
			.andExpect(header().string(HttpHeaders.ETAG, eTag))
			.andExpect(content().string(""));
		mvc.perform(head("/cities")).andExpect(status().isOk()).andExpect(header().string("X-Cache", "hit"));
	}

	@Test
	void eachLanguageHasItsOwnCopyAndETag() throws Exception {
		String english = mvc.perform(get("/cities").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andReturn()
			.getResponse()
			.getHeader(HttpHeaders.ETAG);
		mvc.perform(get("/cities").header(HttpHeaders.ACCEPT_LANGUAGE, "fr-CA,fr;q=0.9"))
			.andExpect(content().string(containsString("Villes membres")))
			.andExpect(header().string(HttpHeaders.CONTENT_LANGUAGE, "fr"));
		mvc.perform(get("/cities").header(HttpHeaders.ACCEPT_LANGUAGE, "fr").header(HttpHeaders.IF_NONE_MATCH, english))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Cache", "hit"))
			.andExpect(content().string(containsString("Villes membres")));
	}

	@Test
	void aChangeOfTheDataByAnyoneIsOnTheNextPageAndItsOldETagNoLongerMatches() throws Exception {
		String before = mvc.perform(get("/cities/ybycui")).andReturn().getResponse().getHeader(HttpHeaders.ETAG);
		mvc.perform(get("/cities/ybycui")).andExpect(header().string("X-Cache", "hit"));
		String text = jdbc.sql("select profile_text from city where slug = 'ybycui'").query(String.class).single();
		try {
			// As anyone could, outside the portal: the trigger bumps the version all the
			// same.
			jdbc.sql("update city set profile_text = 'Changed by the public pages test.' where slug = 'ybycui'")
				.update();
			mvc.perform(get("/cities/ybycui").header(HttpHeaders.IF_NONE_MATCH, before))
				.andExpect(status().isOk())
				.andExpect(header().doesNotExist("X-Cache"))
				.andExpect(header().string(HttpHeaders.ETAG, not(before)))
				.andExpect(content().string(containsString("Changed by the public pages test.")));
		}
		finally {
			jdbc.sql("update city set profile_text = :text where slug = 'ybycui'").param("text", text).update();
		}
	}

	@Test
	void aPageRenderedForASignedInPersonIsNeverKeptNorIsAVisitorsPageServedToThem() throws Exception {
		var official = DemoUsers.signedInAs(Role.CITY_OFFICIAL);
		mvc.perform(get("/cities/melton").with(official))
			.andExpect(content().string(containsString("Test official")))
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, containsString("no-store")))
			.andExpect(header().doesNotExist("X-Cache"))
			.andExpect(header().doesNotExist(HttpHeaders.ETAG));
		mvc.perform(get("/cities/melton"))
			.andExpect(header().doesNotExist("X-Cache"))
			.andExpect(content().string(allOf(containsString(">Sign in<"), not(containsString("Test official")),
					not(containsString("_csrf")))));
		mvc.perform(get("/cities/melton")).andExpect(header().string("X-Cache", "hit"));
		for (Role role : Role.values()) {
			mvc.perform(get("/cities/melton").with(DemoUsers.signedInAs(role)))
				.andExpect(header().doesNotExist("X-Cache"))
				.andExpect(content().string(
						allOf(containsString(DemoUsers.person(role).fullName()), not(containsString(">Sign in<")))));
		}
	}

	@Test
	void aVisitorWithAFlashMessageGetsAFreshPageAndTheMessageIsNeverKept() throws Exception {
		mvc.perform(get("/cities")).andExpect(status().isOk());
		FlashMap flash = new FlashMap();
		flash.put("success", "city.profile.saved");
		// A visitor's session in PostgreSQL holding a flash message, as a redirect leaves
		// it.
		Cookie session = sessionWith(sessions, SessionFlashMapManager.class.getName() + ".FLASH_MAPS",
				new ArrayList<>(List.of(flash)));
		mvc.perform(get("/cities").cookie(session))
			.andExpect(header().doesNotExist("X-Cache"))
			.andExpect(content().string(containsString("The profile has been saved.")));
		mvc.perform(get("/cities"))
			.andExpect(header().string("X-Cache", "hit"))
			.andExpect(content().string(not(containsString("The profile has been saved."))));
		mvc.perform(get("/cities").cookie(session))
			.andExpect(header().string("X-Cache", "hit"))
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "private, no-cache"));
	}

	/** A session kept in PostgreSQL with that attribute, and the cookie that names it. */
	private static <S extends Session> Cookie sessionWith(SessionRepository<S> repository, String name, Object value) {
		S stored = repository.createSession();
		stored.setAttribute(name, value);
		repository.save(stored);
		return new Cookie("SESSION",
				Base64.getEncoder().encodeToString(stored.getId().getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void pagesThatAreNotPublicAndRequestsThatSwitchTheLanguageAreNeverKept() throws Exception {
		for (String page : List.of("/login", "/search?q=cork", "/cities?lang=fr", "/cities/melton/edit")) {
			mvc.perform(get(page));
			mvc.perform(get(page))
				.andExpect(header().doesNotExist("X-Cache"))
				.andExpect(header().doesNotExist(HttpHeaders.ETAG));
		}
	}

	@Test
	void everyPublicPageOfTheFeaturesIsKept() throws Exception {
		for (String page : List.of("/", "/cities", "/cities/ybycui", "/cities.csv", "/api/cities", "/network",
				"/awards", "/awards/2015", "/conferences", "/conferences/2", "/people", "/key-features")) {
			mvc.perform(get(page)).andExpect(status().isOk());
			mvc.perform(get(page)).andExpect(status().isOk()).andExpect(header().string("X-Cache", "hit"));
		}
	}

}
