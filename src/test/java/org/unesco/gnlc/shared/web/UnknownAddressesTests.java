package org.unesco.gnlc.shared.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.unesco.gnlc.DemoUsers;
import org.unesco.gnlc.PortalTest;
import org.unesco.gnlc.shared.security.Role;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** D12: an address the portal does not have is "page not found", signed in or not. */
@PortalTest
class UnknownAddressesTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aVisitorOnAnUnknownAddressIsToldThePageDoesNotExistRatherThanSentToSignIn() throws Exception {
		mvc.perform(get("/no-such-page")).andExpect(status().isNotFound());
		mvc.perform(get("/membership/no-such-page/deeper")).andExpect(status().isNotFound());
		mvc.perform(get("/admin/no-such-page")).andExpect(status().isNotFound());
		mvc.perform(post("/no-such-page").with(csrf())).andExpect(status().isNotFound());
	}

	@Test
	void aSignedInPersonOnAnUnknownAddressIsToldThePageDoesNotExist() throws Exception {
		mvc.perform(get("/no-such-page").with(DemoUsers.signedInAs(Role.CITY_OFFICIAL)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/award/no-such-page").with(DemoUsers.signedInAs(Role.UIL_ADMIN)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aVisitorOnAPageThatExistsButNeedsAnAccountIsStillSentToSignIn() throws Exception {
		mvc.perform(get("/my")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/membership")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void theActuatorStaysClosedWhateverItsAddress() throws Exception {
		mvc.perform(get("/actuator/env")).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/actuator/no-such-endpoint")).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/actuator/env").with(DemoUsers.signedInAs(Role.UIL_ADMIN))).andExpect(status().isForbidden());
	}

}
