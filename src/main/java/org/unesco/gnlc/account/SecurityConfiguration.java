package org.unesco.gnlc.account;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.unesco.gnlc.shared.security.AccessRules;

/**
 * How people sign in and what the web layer lets through. Each feature declares the routes
 * it owns as {@link AccessRules}; everything else needs a signed-in person.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** No inline script or style anywhere: every asset is a file served by the portal. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	@Bean
	SecurityFilterChain portalSecurity(HttpSecurity http, List<AccessRules> featureRules) throws Exception {
		http.authorizeHttpRequests(requests -> {
			requests.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
				.requestMatchers("/error", "/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico")
				.permitAll()
				.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.requestMatchers("/actuator", "/actuator/**")
				.denyAll();
			featureRules.forEach(rules -> rules.configure(requests));
			requests.anyRequest().authenticated();
		})
			.formLogin(form -> form.loginPage("/login")
				.usernameParameter("email")
				.passwordParameter("password")
				.defaultSuccessUrl("/my")
				.failureHandler(signInFailure())
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut").permitAll())
			.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions(frames -> frames.deny()));
		return http.build();
	}

	@Bean
	AccessRules accountRoutes() {
		return requests -> requests.requestMatchers("/login").permitAll().requestMatchers("/my").authenticated();
	}

	/** The one way to sign in with a password (the only AuthenticationProvider bean, used globally). */
	@Bean
	ThrottledSignIn throttledSignIn(Accounts accounts, PasswordEncoder passwordEncoder, SignInThrottle throttle) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts::loadForSignIn);
		passwords.setPasswordEncoder(passwordEncoder);
		return new ThrottledSignIn(passwords, throttle, accounts);
	}

	/**
	 * Argon2id (OWASP's minimum: 19 MiB, 2 iterations) for new passwords, behind a delegating
	 * encoder so a stronger setting can be introduced later without breaking stored hashes.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		String current = "argon2";
		return new DelegatingPasswordEncoder(current,
				Map.of(current, new Argon2PasswordEncoder(16, 32, 1, 19456, 2)));
	}

	/** Sends the person back to the sign-in page with the reason, never the details. */
	private static AuthenticationFailureHandler signInFailure() {
		return (HttpServletRequest request, HttpServletResponse response, AuthenticationException failure) -> {
			String reason;
			if (failure instanceof SignInThrottledException throttled) {
				reason = "throttled=" + throttled.minutes();
			}
			else if (failure instanceof DisabledException) {
				reason = "disabled";
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
