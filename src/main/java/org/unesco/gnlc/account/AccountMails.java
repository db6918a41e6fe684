package org.unesco.gnlc.account;

import java.time.Instant;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import org.unesco.gnlc.notification.Mail;
import org.unesco.gnlc.notification.Notifications;
import org.unesco.gnlc.shared.security.Role;

/**
 * The e-mails of the account feature, queued through the outbox in the transaction of the
 * change (templates under {@code templates/account/mail/}). Each event key names the
 * token or the security-log entry that caused it, so no mail is queued twice for one
 * event.
 */
@Component
@RequiredArgsConstructor
class AccountMails {

	private final Notifications notifications;

	void verifyEmail(Account account, AccountTokens.Issued token, String cityName) {
		notifications.toAccount(account.id(),
				Mail.template("account/mail/verify-email")
					.event("account-token:" + token.id())
					.subject("account.mail.verify.subject")
					.with("cityName", cityName)
					.with("linkLabel", "account.mail.verify.button")
					.with("hours", AccountTokens.Purpose.VERIFY_EMAIL.validity().toHours())
					.link("/register/verify?" + inLanguageOf(account) + "token=" + token.token())
					.sensitive()
					.build());
	}

	/**
	 * To the owner of an address someone tried to register with: sign in, or reset the
	 * password. At most one such mail an hour (the event is the hour).
	 */
	void registrationAttempted(Account owner, long securityEventId, Instant at) {
		notifications.toAccount(owner.id(),
				Mail.template("account/mail/registration-attempted")
					.event("registration-attempted:" + owner.id() + ":" + at.getEpochSecond() / 3600)
					.subject("account.mail.registrationAttempted.subject")
					.with("linkLabel", "account.mail.registrationAttempted.button")
					.link("/login")
					.build());
	}

	void passwordReset(Account account, AccountTokens.Issued token) {
		notifications.toAccount(account.id(),
				Mail.template("account/mail/password-reset")
					.event("account-token:" + token.id())
					.subject("account.mail.reset.subject")
					.with("linkLabel", "account.mail.reset.button")
					.with("minutes", AccountTokens.Purpose.RESET_PASSWORD.validity().toMinutes())
					.link("/password/reset?" + inLanguageOf(account) + "token=" + token.token())
					.sensitive()
					.build());
	}

	void invitation(Account account, AccountTokens.Issued token, String inviterName) {
		notifications.toAccount(account.id(),
				Mail.template("account/mail/invitation")
					.event("account-token:" + token.id())
					.subject("account.mail.invitation.subject")
					.with("roleKey", account.role().messageKey())
					.with("inviterName", inviterName)
					.with("linkLabel", "account.mail.invitation.button")
					.with("days", AccountTokens.Purpose.INVITATION.validity().toDays())
					.with("twoFactorRequired", TwoFactorPolicy.roleRequires(account.role()))
					.link("/invitation?" + inLanguageOf(account) + "token=" + token.token())
					.sensitive()
					.build());
	}

	/**
	 * A security notice to the person: password, two-factor sign-in, role or state
	 * changed.
	 */
	void securityNotice(Account account, long securityEventId, SecurityEventKind kind) {
		notifications.toAccount(account.id(),
				Mail.template("account/mail/security-notice")
					.event("security-event:" + securityEventId)
					.subject("account.mail.notice.subject." + kind.name())
					.with("kind", kind.name())
					.with("roleKey", account.role().messageKey())
					.with("linkLabel", "account.mail.notice.button")
					.link(kind == SecurityEventKind.PASSWORD_CHANGED || kind == SecurityEventKind.PASSWORD_RESET
							? "/password/forgot" : "/account/two-factor")
					.build());
	}

	void recoveryCodeUsed(Account account, long securityEventId, int remaining) {
		notifications.toAccount(account.id(),
				Mail.template("account/mail/recovery-code-used")
					.event("security-event:" + securityEventId)
					.subject("account.mail.recovery.subject")
					.with("remaining", remaining)
					.with("linkLabel", "account.mail.recovery.button")
					.link("/account/two-factor")
					.build());
	}

	void roleChanged(Account account, long securityEventId, String scope) {
		notifications.toAccount(account.id(),
				Mail.template("account/mail/role-changed")
					.event("security-event:" + securityEventId)
					.subject("account.mail.role.subject")
					.with("roleKey", account.role().messageKey())
					.with("scope", scope)
					.link("/my")
					.build());
	}

	/**
	 * To the city's officials and to UIL: a further official asks to act for the city.
	 */
	void joinRequest(Account account, long securityEventId, String cityName, String countryName) {
		Mail.Builder mail = Mail.template("account/mail/join-request")
			.event("join-request:" + securityEventId)
			.subject("account.mail.join.subject", cityName)
			.with("applicantName", account.fullName())
			.with("applicantEmail", account.email())
			.with("cityName", cityName)
			.with("countryName", countryName)
			.with("linkLabel", "account.mail.join.button");
		notifications.toCityOfficials(account.cityId(), mail.link("/city-officials").build());
		notifications.toRole(Role.UIL_ADMIN, mail.link("/admin/accounts/" + account.id()).build());
	}

	void joinDecided(Account account, long securityEventId, boolean approved, String cityName) {
		Mail.Builder mail = Mail.template("account/mail/join-decided")
			.event("security-event:" + securityEventId)
			.subject(approved ? "account.mail.approved.subject" : "account.mail.declined.subject", cityName)
			.with("approved", approved)
			.with("cityName", cityName)
			.with("linkLabel", "account.mail.approved.button");
		notifications.toAccount(account.id(), approved ? mail.link("/login").build() : mail.build());
	}

	/**
	 * The page a link of a mail opens speaks the mail's language (the account's),
	 * whatever the browser's: the person reads on in the language they were written to.
	 */
	private static String inLanguageOf(Account account) {
		return "lang=" + account.language().code() + "&";
	}

}
