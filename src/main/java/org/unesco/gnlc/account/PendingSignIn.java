package org.unesco.gnlc.account;

import java.io.Serial;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.unesco.gnlc.shared.security.PortalUser;

/**
 * A person whose password was right but who has not finished signing in: they still owe
 * the code of their authenticator app ({@link Stage#CODE}), or their role requires
 * two-factor sign-in and they must set it up first ({@link Stage#ENROLMENT}). It carries
 * none of the role's authorities, and {@code TwoFactorGate} keeps the person on the pages
 * of that step.
 */
final class PendingSignIn extends AbstractAuthenticationToken {

	@Serial
	private static final long serialVersionUID = 1L;

	static final String AUTHORITY = "SIGN_IN_PENDING";

	enum Stage {

		CODE("/login/two-factor"), ENROLMENT("/account/two-factor");

		private final String home;

		Stage(String home) {
			this.home = home;
		}

		String home() {
			return home;
		}

	}

	/**
	 * Pages that need no finished sign-in: styles, scripts, images, errors and signing
	 * out.
	 */
	private static final List<String> ALWAYS = List.of("/css/", "/webjars/", "/images/", "/error", "/favicon.ico",
			"/logout");

	private static final Set<String> ENROLMENT_PAGES = Set.of("/account/two-factor", "/account/two-factor/setup",
			"/account/two-factor/confirm");

	private final PortalUser user;

	private final Stage stage;

	PendingSignIn(PortalUser user, Stage stage) {
		super(List.of(new SimpleGrantedAuthority(AUTHORITY)));
		this.user = user;
		this.stage = stage;
		setAuthenticated(true);
	}

	Stage stage() {
		return stage;
	}

	PortalUser user() {
		return user;
	}

	/** Whether the person may open this path before finishing their sign-in. */
	boolean allows(String path) {
		if (ALWAYS.stream().anyMatch(path::startsWith)) {
			return true;
		}
		return stage == Stage.CODE ? path.equals(Stage.CODE.home()) : ENROLMENT_PAGES.contains(path);
	}

	@Override
	public @Nullable Object getCredentials() {
		return null;
	}

	@Override
	public Object getPrincipal() {
		return user;
	}

}
