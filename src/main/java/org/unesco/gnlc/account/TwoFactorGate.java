package org.unesco.gnlc.account;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a person who has not finished signing in on the page of their next step: the code
 * of their authenticator app, or setting it up when their role requires it. Any other
 * page sends them there (their pending authentication has no role, so the rest would be
 * refused anyway).
 */
class TwoFactorGate extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof PendingSignIn pending) {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			if (!pending.allows(path)) {
				response.sendRedirect(request.getContextPath() + pending.stage().home());
				return;
			}
		}
		chain.doFilter(request, response);
	}

}
