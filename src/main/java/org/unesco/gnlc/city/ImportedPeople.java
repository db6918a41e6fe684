package org.unesco.gnlc.city;

import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.unesco.gnlc.shared.security.Role;
import org.unesco.gnlc.shared.web.Language;

/**
 * The people an import of the existing network names, as the account feature keeps them:
 * who has an account already, and the invitations of an import, whose mails wait until
 * UIL sends them. The account feature implements it (it depends on the cities, so the
 * cities cannot depend on it: the import asks through this port instead).
 */
public interface ImportedPeople {

	/** A person with an account: their role and what they act for. */
	record Known(String email, Role role, @Nullable Long cityId, @Nullable String countryCode) {
	}

	/**
	 * A person to invite: an official of a city or an endorser of a National Commission.
	 */
	record Invitee(String email, String fullName, Role role, @Nullable Long cityId, @Nullable String countryCode,
			Language language) {
	}

	/** The accounts of these addresses, whatever their case, in one statement. */
	List<Known> byEmails(Collection<String> emails);

	/**
	 * Invites these people in the caller's transaction, their mails held; an address with
	 * an account already is left alone. Answers how many were invited.
	 */
	int inviteHeld(List<Invitee> invitees, String batch, long adminId);

	/**
	 * Sends the held invitations of the batch through the outbox; answers how many went.
	 */
	int sendHeld(String batch, long adminId, String adminName);

	/** How many invitations of the batch still wait to be sent. */
	int held(String batch);

}
