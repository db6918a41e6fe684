package org.unesco.gnlc.notification;

import java.util.List;
import java.util.Optional;

import org.unesco.gnlc.shared.security.Role;

/**
 * Where the addresses and languages of the portal's people come from. The account feature
 * provides the one implementation, so that this module depends on no feature (accounts
 * send their own mails through {@link Notifications}).
 *
 * <p>
 * Group look-ups answer active accounts only (e-mail verified, approved, not
 * deactivated); {@link #account(long)} answers any account that is not deactivated, so
 * that an invitation or a verification link reaches a person who cannot sign in yet.
 */
public interface Recipients {

	Optional<Recipient> account(long accountId);

	/** The active officials of a city. */
	List<Recipient> cityOfficials(long cityId);

	/** The active endorsers of a country's National Commission. */
	List<Recipient> endorsers(String countryCode);

	/** Every active account with that role (e.g. all UIL administrators). */
	List<Recipient> withRole(Role role);

}
