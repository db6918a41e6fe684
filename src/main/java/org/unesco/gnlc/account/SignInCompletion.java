package org.unesco.gnlc.account;

import lombok.RequiredArgsConstructor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.unesco.gnlc.shared.security.PortalUser;

/**
 * What happens when a person has finished signing in, however they did: the last sign-in
 * is recorded, the security log notes it and the interface switches to their preferred
 * language. After the second factor, the session gets a new id and the full
 * authentication.
 */
@Component
@RequiredArgsConstructor
class SignInCompletion {

	private final Accounts accounts;

	private final SecurityLog securityLog;

	private final LocaleResolver localeResolver;

	private final SecurityContextRepository contextRepository;

	private final RequestCache requestCache = new HttpSessionRequestCache();

	void signedIn(HttpServletRequest request, HttpServletResponse response, PortalUser user) {
		accounts.recordSignIn(user.accountId());
		securityLog.recordAlone(SecurityEventKind.SIGN_IN, user.accountId(), user.email(), null);
		localeResolver.setLocale(request, response, user.preferredLocale());
	}

	/**
	 * Signs in a person who has just chosen their password (an accepted invitation): a
	 * full sign-in goes to the dashboard, a pending one (two-step verification) to its
	 * next step.
	 */
	String afterPasswordChosen(HttpServletRequest request, HttpServletResponse response, Authentication result) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(result);
		request.getSession();
		request.changeSessionId();
		SecurityContextHolder.setContext(context);
		contextRepository.saveContext(context, request, response);
		if (result instanceof PendingSignIn pending) {
			// D22: the two-step set-up that follows is in the language the person chose
			// (the invitation's by default), not in the browser's.
			localeResolver.setLocale(request, response, pending.user().preferredLocale());
			return pending.stage().home();
		}
		if (result.getPrincipal() instanceof PortalUser user) {
			signedIn(request, response, user);
		}
		return "/my";
	}

	/**
	 * Turns a pending sign-in into a full one (the code was right, or two-factor sign-in
	 * was just set up). Answers where to go: the page the person first asked for, or
	 * their dashboard.
	 */
	String complete(HttpServletRequest request, HttpServletResponse response, long accountId) {
		PortalUser user = accounts.portalUser(accountId).orElseThrow();
		user.eraseCredentials();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		request.changeSessionId();
		SecurityContextHolder.setContext(context);
		contextRepository.saveContext(context, request, response);
		signedIn(request, response, user);
		SavedRequest saved = requestCache.getRequest(request, response);
		if (saved != null) {
			requestCache.removeRequest(request, response);
			return saved.getRedirectUrl();
		}
		return "/my";
	}

}
