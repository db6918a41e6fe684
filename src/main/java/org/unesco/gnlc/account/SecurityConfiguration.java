package org.unesco.gnlc.account;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.unesco.gnlc.shared.security.AccessRules;
import org.unesco.gnlc.shared.web.ExpiredForms;
import org.unesco.gnlc.shared.web.PortalAddresses;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.security.Role;

/**
 * How people sign in and what the web layer lets through. Each feature declares the
 * routes it owns as {@link AccessRules}; everything else needs a signed-in person.
 * Signing in is a password (throttled), then, where set up or required, a code from an
 * authenticator app.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** No inline script or style anywhere: every asset is a file served by the portal. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	@Bean
	SecurityFilterChain portalSecurity(HttpSecurity http, List<AccessRules> featureRules,
			SecurityContextRepository contextRepository, SignInCompletion completion, PortalAddresses addresses,
			ExpiredForms expiredForms) throws Exception {
		http.authorizeHttpRequests(requests -> {
			requests.dispatcherTypeMatchers(DispatcherType.ERROR)
				.permitAll()
				.requestMatchers("/error", "/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico")
				.permitAll()
				.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.requestMatchers("/actuator", "/actuator/**")
				.denyAll()
				// An address the portal does not have is "page not found" for everybody:
				// no
				// visitor is sent to sign in first for a page that does not exist.
				.requestMatchers(addresses.unknown())
				.permitAll();
			featureRules.forEach(rules -> rules.configure(requests));
			requests.anyRequest().authenticated();
		})
			.securityContext(context -> context.securityContextRepository(contextRepository))
			.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens()))
			.exceptionHandling(exceptions -> exceptions.accessDeniedHandler(expiredForms))
			.formLogin(form -> form.loginPage("/login")
				.usernameParameter("email")
				.passwordParameter("password")
				.successHandler(signInSuccess(completion))
				.failureHandler(signInFailure())
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut").permitAll())
			.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
			.addFilterBefore(new TwoFactorGate(), AuthorizationFilter.class)
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions(frames -> frames.deny()));
		return http.build();
	}

	/** Where the security context lives: the request, and the session (in PostgreSQL). */
	@Bean
	SecurityContextRepository securityContextRepository() {
		return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
				new HttpSessionSecurityContextRepository());
	}

	/**
	 * Every form's CSRF token is checked against a cookie rather than the session, so a
	 * visitor's form (the sign-in page above all) needs no session row in PostgreSQL. The
	 * cookie holds a random secret that no page shows as such (each form carries it
	 * masked afresh), HttpOnly, SameSite=Lax, Secure over https (see the README,
	 * "Security").
	 */
	private static CookieCsrfTokenRepository csrfTokens() {
		CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
		tokens.setCookiePath("/");
		tokens.setCookieCustomizer(cookie -> cookie.httpOnly(true).sameSite("Lax"));
		return tokens;
	}

	@Bean
	AccessRules accountRoutes() {
		return requests -> requests.requestMatchers("/login", "/login/two-factor")
			.permitAll()
			.requestMatchers("/register", "/register/**", "/password/forgot", "/password/reset", "/invitation")
			.permitAll()
			.requestMatchers("/admin/accounts", "/admin/accounts/**", "/admin/invitations", "/admin/invitations/**",
					"/admin/security-log")
			.hasRole(Role.UIL_ADMIN.name())
			.requestMatchers("/city-officials", "/city-officials/**")
			.hasRole(Role.CITY_OFFICIAL.name())
			.requestMatchers("/my", "/profile", "/account/**")
			.authenticated();
	}

	/**
	 * The one way to sign in with a password (the only AuthenticationProvider bean, used
	 * globally).
	 */
	@Bean
	ThrottledSignIn throttledSignIn(Accounts accounts, PasswordEncoder passwordEncoder, SignInThrottle throttle,
			SecurityLog securityLog) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts::loadForSignIn);
		passwords.setPasswordEncoder(passwordEncoder);
		return new ThrottledSignIn(passwords, throttle, accounts, securityLog);
	}

	/**
	 * Argon2id (OWASP's minimum: 19 MiB, 2 iterations) for new passwords, behind a
	 * delegating encoder so a stronger setting can be introduced later without breaking
	 * stored hashes. Passwords are normalised to NFKC first; nothing is ever truncated.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		String current = "argon2";
		return new NormalizingPasswordEncoder(new DelegatingPasswordEncoder(current,
				Map.of(current, new Argon2PasswordEncoder(16, 32, 1, 19456, 2))));
	}

	/**
	 * A finished sign-in goes to the page first asked for (or the dashboard); a pending
	 * one to its next step.
	 */
	private static AuthenticationSuccessHandler signInSuccess(SignInCompletion completion) {
		SavedRequestAwareAuthenticationSuccessHandler finished = new SavedRequestAwareAuthenticationSuccessHandler();
		finished.setDefaultTargetUrl("/my");
		return (HttpServletRequest request, HttpServletResponse response, Authentication authentication) -> {
			if (authentication instanceof PendingSignIn pending) {
				redirect(request, response, pending.stage().home());
				return;
			}
			if (authentication.getPrincipal() instanceof PortalUser user) {
				completion.signedIn(request, response, user);
			}
			finished.onAuthenticationSuccess(request, response, authentication);
		};
	}

	/** Sends the person back to the sign-in page with the reason, never the details. */
	private static AuthenticationFailureHandler signInFailure() {
		return (HttpServletRequest request, HttpServletResponse response, AuthenticationException failure) -> {
			String reason;
			if (failure instanceof SignInThrottledException throttled) {
				reason = throttled.pageParameters();
			}
			else if (failure instanceof SignInRefusedException refused) {
				reason = refused.reason().parameter();
			}
			else {
				reason = "error";
			}
			redirect(request, response, "/login?" + reason);
		};
	}

	private static void redirect(HttpServletRequest request, HttpServletResponse response, String path)
			throws IOException {
		response.sendRedirect(request.getContextPath() + path);
	}

}
