package org.unesco.gnlc.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;
import org.unesco.gnlc.shared.persistence.BaseEntity;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.security.Role;
import org.unesco.gnlc.shared.web.Language;

/**
 * A person who signs in to the portal, with one role and the scope that role acts in, and
 * the life cycle of the account: invited or registered, e-mail proven, accepted,
 * deactivated.
 */
@Entity
class Account extends BaseEntity {

	private String email;

	private @Nullable String passwordHash;

	private String fullName;

	@Enumerated(EnumType.STRING)
	private Role role;

	private @Nullable Long cityId;

	@Column(columnDefinition = "bpchar(2)")
	private @Nullable String countryCode;

	private String preferredLanguage = "en";

	/** False once UIL_ADMIN deactivated the account, whatever its status. */
	private boolean enabled = true;

	@Enumerated(EnumType.STRING)
	private AccountStatus status = AccountStatus.ACTIVE;

	private @Nullable Instant emailVerifiedAt;

	private @Nullable String title;

	private @Nullable String organisation;

	private @Nullable String phone;

	private byte @Nullable [] totpSecret;

	private byte @Nullable [] totpPendingSecret;

	private @Nullable Instant totpEnabledAt;

	private boolean twoFactorWaived;

	private @Nullable Instant passwordChangedAt;

	private @Nullable Instant deactivatedAt;

	private @Nullable Long invitedBy;

	/** An invitation made by an import: its mail waits until UIL sends the batch. */
	private boolean invitationHeld;

	private @Nullable String invitationBatch;

	private Instant createdAt = Instant.now();

	private @Nullable Instant lastSignInAt;

	@Version
	private long version;

	protected Account() {
	}

	/** An account created by the portal's own set-up (demo data): active at once. */
	Account(String email, String passwordHash, String fullName, Role role, @Nullable Long cityId,
			@Nullable String countryCode) {
		checkScope(role, cityId, countryCode);
		this.email = email;
		this.passwordHash = passwordHash;
		this.fullName = fullName;
		this.role = role;
		this.cityId = role == Role.CITY_OFFICIAL ? cityId : null;
		this.countryCode = countryCode;
		this.emailVerifiedAt = this.createdAt;
	}

	/**
	 * A person registering as an official of a city: they must prove their address first.
	 */
	static Account registered(String email, String passwordHash, String fullName, long cityId, String countryCode,
			Language language, Instant now) {
		Account account = new Account(email, passwordHash, fullName, Role.CITY_OFFICIAL, cityId, countryCode);
		account.status = AccountStatus.UNVERIFIED;
		account.emailVerifiedAt = null;
		account.preferredLanguage = language.code();
		account.createdAt = now;
		account.passwordChangedAt = now;
		return account;
	}

	/** A person UIL_ADMIN invites: no password until they accept through the link. */
	static Account invited(String email, String fullName, Role role, @Nullable String countryCode, Language language,
			long invitedBy, Instant now) {
		if (role == Role.CITY_OFFICIAL) {
			throw new IllegalArgumentException("City officials register themselves");
		}
		checkScope(role, null, countryCode);
		Account account = new Account();
		account.email = email;
		account.fullName = fullName;
		account.role = role;
		account.countryCode = countryCode;
		account.preferredLanguage = language.code();
		account.status = AccountStatus.INVITED;
		account.invitedBy = invitedBy;
		account.createdAt = now;
		return account;
	}

	/**
	 * A person an import of the existing network names (an official of a city, an
	 * endorser of a National Commission): invited, with the mail held until UIL sends the
	 * batch.
	 */
	static Account invitedByImport(String email, String fullName, Role role, @Nullable Long cityId,
			@Nullable String countryCode, Language language, String batch, long invitedBy, Instant now) {
		checkScope(role, cityId, countryCode);
		Account account = new Account();
		account.email = email;
		account.fullName = fullName;
		account.role = role;
		account.cityId = role == Role.CITY_OFFICIAL ? cityId : null;
		account.countryCode = countryCode;
		account.preferredLanguage = language.code();
		account.status = AccountStatus.INVITED;
		account.invitedBy = invitedBy;
		account.createdAt = now;
		account.invitationHeld = true;
		account.invitationBatch = batch;
		return account;
	}

	boolean invitationHeld() {
		return invitationHeld;
	}

	/** The held mail of an imported invitation goes out now. */
	void releaseInvitation() {
		if (!invitationHeld || status != AccountStatus.INVITED) {
			throw new IllegalStateException("Only a held invitation is released");
		}
		invitationHeld = false;
	}

	private static void checkScope(Role role, @Nullable Long cityId, @Nullable String countryCode) {
		if (role == Role.CITY_OFFICIAL && cityId == null) {
			throw new IllegalArgumentException("A city official acts for a city");
		}
		if (role == Role.NATCOM_ENDORSER && countryCode == null) {
			throw new IllegalArgumentException("An endorser acts for the National Commission of a country");
		}
	}

	String email() {
		return email;
	}

	Role role() {
		return role;
	}

	String fullName() {
		return fullName;
	}

	@Nullable Long cityId() {
		return cityId;
	}

	@Nullable String countryCode() {
		return countryCode;
	}

	Language language() {
		return Language.of(preferredLanguage).orElse(Language.ENGLISH);
	}

	AccountStatus status() {
		return status;
	}

	boolean enabled() {
		return enabled;
	}

	boolean active() {
		return enabled && status == AccountStatus.ACTIVE;
	}

	@Nullable String title() {
		return title;
	}

	@Nullable String organisation() {
		return organisation;
	}

	@Nullable String phone() {
		return phone;
	}

	@Nullable String passwordHash() {
		return passwordHash;
	}

	boolean twoFactorEnabled() {
		return totpSecret != null;
	}

	byte @Nullable [] totpSecret() {
		return totpSecret;
	}

	byte @Nullable [] totpPendingSecret() {
		return totpPendingSecret;
	}

	@Nullable Instant totpEnabledAt() {
		return totpEnabledAt;
	}

	boolean twoFactorWaived() {
		return twoFactorWaived;
	}

	Instant createdAt() {
		return createdAt;
	}

	@Nullable Instant lastSignInAt() {
		return lastSignInAt;
	}

	@Nullable Instant emailVerifiedAt() {
		return emailVerifiedAt;
	}

	@Nullable Instant deactivatedAt() {
		return deactivatedAt;
	}

	@Nullable Instant passwordChangedAt() {
		return passwordChangedAt;
	}

	long version() {
		return version;
	}

	PortalUser asPortalUser() {
		return new PortalUser(id(), email, passwordHash == null ? "" : passwordHash, fullName, role, cityId,
				countryCode, preferredLanguage, enabled);
	}

	/**
	 * The person proved they read this address (a verification or reset link). A
	 * registration then goes on to the city's approval, unless they are its first
	 * official.
	 */
	void emailProven(Instant now, boolean needsApproval) {
		if (emailVerifiedAt == null) {
			emailVerifiedAt = now;
		}
		if (status == AccountStatus.UNVERIFIED) {
			status = needsApproval ? AccountStatus.AWAITING_APPROVAL : AccountStatus.ACTIVE;
		}
	}

	void acceptInvitation(String fullName, String passwordHash, Language language, Instant now) {
		if (status != AccountStatus.INVITED) {
			throw new IllegalStateException("Only an invitation can be accepted");
		}
		this.fullName = fullName;
		this.passwordHash = passwordHash;
		this.preferredLanguage = language.code();
		this.passwordChangedAt = now;
		this.emailVerifiedAt = now;
		this.status = AccountStatus.ACTIVE;
	}

	/**
	 * An official of the city or UIL accepted a further official (or reconsidered a
	 * refusal).
	 */
	void approve() {
		if (status != AccountStatus.AWAITING_APPROVAL && status != AccountStatus.DECLINED) {
			throw new IllegalStateException("Only a registration awaiting approval can be approved");
		}
		status = AccountStatus.ACTIVE;
	}

	void decline() {
		if (status != AccountStatus.AWAITING_APPROVAL) {
			throw new IllegalStateException("Only a registration awaiting approval can be declined");
		}
		status = AccountStatus.DECLINED;
	}

	void changePassword(String passwordHash, Instant now) {
		this.passwordHash = passwordHash;
		this.passwordChangedAt = now;
	}

	void updateProfile(String fullName, @Nullable String title, @Nullable String organisation, @Nullable String phone,
			Language language) {
		this.fullName = fullName;
		this.title = title;
		this.organisation = organisation;
		this.phone = phone;
		this.preferredLanguage = language.code();
	}

	void changeRole(Role role, @Nullable Long cityId, @Nullable String countryCode) {
		checkScope(role, cityId, countryCode);
		this.role = role;
		this.cityId = role == Role.CITY_OFFICIAL ? cityId : null;
		this.countryCode = countryCode;
	}

	void deactivate(Instant now) {
		enabled = false;
		deactivatedAt = now;
	}

	void reactivate() {
		enabled = true;
		deactivatedAt = null;
	}

	void startTwoFactorEnrolment(byte[] encryptedSecret) {
		totpPendingSecret = encryptedSecret;
	}

	void confirmTwoFactor(Instant now) {
		if (totpPendingSecret == null) {
			throw new IllegalStateException("No enrolment in progress");
		}
		totpSecret = totpPendingSecret;
		totpPendingSecret = null;
		totpEnabledAt = now;
	}

	void disableTwoFactor() {
		totpSecret = null;
		totpPendingSecret = null;
		totpEnabledAt = null;
	}

	/**
	 * Only the demo profile's accounts, and never honoured under prod (see
	 * TwoFactorPolicy).
	 */
	void waiveTwoFactor() {
		twoFactorWaived = true;
	}

}
