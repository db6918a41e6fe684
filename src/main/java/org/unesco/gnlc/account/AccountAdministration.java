package org.unesco.gnlc.account;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import jakarta.persistence.criteria.Predicate;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import org.unesco.gnlc.city.Cities;
import org.unesco.gnlc.city.CityInfo;
import org.unesco.gnlc.reference.CountryInfo;
import org.unesco.gnlc.reference.ReferenceData;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.security.Role;
import org.unesco.gnlc.shared.web.StaleEditException;

/**
 * UIL_ADMIN's side of accounts: finding them, changing a role or its scope, deactivating
 * (which ends the person's open sessions at once) and reactivating. An administrator
 * never changes their own role or state, and the last active administrator stays one.
 */
@Service
@Transactional
@RequiredArgsConstructor
class AccountAdministration {

	record Filter(@Nullable Role role, @Nullable String countryCode, @Nullable AccountState state, String search) {
	}

	record Row(long id, String email, String fullName, Role role, @Nullable String cityName,
			@Nullable String countryName, AccountState state, boolean twoFactor, @Nullable Instant lastSignInAt) {
	}

	record Detail(long id, String email, String fullName, @Nullable String title, @Nullable String organisation,
			@Nullable String phone, String language, Role role, @Nullable String cityName, @Nullable String countryCode,
			@Nullable String countryName, AccountState state, boolean twoFactor, boolean twoFactorRequired,
			Instant createdAt, @Nullable Instant emailVerifiedAt, @Nullable Instant lastSignInAt,
			@Nullable Instant deactivatedAt, long version) {
	}

	private final AccountRepository accounts;

	private final Cities cities;

	private final ReferenceData referenceData;

	private final SecurityLog securityLog;

	private final AccountMails mails;

	private final OpenSessions sessions;

	private final TwoFactorPolicy policy;

	private final Clock clock;

	@Transactional(readOnly = true)
	Page<Row> search(Filter filter, Pageable pageable, Locale locale) {
		Page<Account> page = accounts.findAll(matching(filter), pageable);
		Map<String, String> countries = referenceData.countries(locale)
			.stream()
			.collect(Collectors.toMap(CountryInfo::code, CountryInfo::name));
		// One look-up per city on the page (a page holds at most a few dozen accounts).
		Map<Long, String> cityNames = new HashMap<>();
		page.getContent()
			.stream()
			.map(Account::cityId)
			.filter(Objects::nonNull)
			.distinct()
			.forEach(id -> cities.byId(id).ifPresent(city -> cityNames.put(id, city.name())));
		return page.map(account -> new Row(account.id(), account.email(), account.fullName(), account.role(),
				account.cityId() == null ? null : cityNames.get(account.cityId()),
				account.countryCode() == null ? null : countries.get(account.countryCode()), AccountState.of(account),
				account.twoFactorEnabled(), account.lastSignInAt()));
	}

	private static Specification<Account> matching(Filter filter) {
		return (root, query, builder) -> {
			List<Predicate> conditions = new ArrayList<>();
			if (filter.role() != null) {
				conditions.add(builder.equal(root.get("role"), filter.role()));
			}
			if (filter.countryCode() != null && !filter.countryCode().isBlank()) {
				conditions.add(builder.equal(root.get("countryCode"), filter.countryCode().toUpperCase(Locale.ROOT)));
			}
			if (filter.state() == AccountState.DEACTIVATED) {
				conditions.add(builder.isFalse(root.get("enabled")));
			}
			else if (filter.state() != null) {
				conditions.add(builder.isTrue(root.get("enabled")));
				conditions.add(builder.equal(root.get("status"), AccountStatus.valueOf(filter.state().name())));
			}
			String search = filter.search().strip().toLowerCase(Locale.ROOT);
			if (!search.isEmpty()) {
				String pattern = "%" + search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
				conditions.add(builder.or(builder.like(builder.lower(root.get("email")), pattern, '\\'),
						builder.like(builder.lower(root.get("fullName")), pattern, '\\')));
			}
			return builder.and(conditions.toArray(Predicate[]::new));
		};
	}

	@Transactional(readOnly = true)
	Detail detail(long id, Locale locale) {
		Account account = account(id);
		String cityName = account.cityId() == null ? null
				: cities.byId(account.cityId()).map(CityInfo::name).orElse(null);
		String countryName = account.countryCode() == null ? null
				: referenceData.country(account.countryCode(), locale).map(CountryInfo::name).orElse(null);
		return new Detail(account.id(), account.email(), account.fullName(), account.title(), account.organisation(),
				account.phone(), account.language().nativeName(), account.role(), cityName, account.countryCode(),
				countryName, AccountState.of(account), account.twoFactorEnabled(), policy.requires(account),
				account.createdAt(), account.emailVerifiedAt(), account.lastSignInAt(), account.deactivatedAt(),
				account.version());
	}

	/**
	 * Changes the role and its scope. Throws {@link AccountExceptions.Refused} when a
	 * rule forbids it and {@link StaleEditException} when someone changed the account
	 * since the form was opened.
	 */
	void changeRole(long id, RoleForm form, PortalUser admin) {
		Account account = account(id);
		StaleEditException.check(form.version(), account.version(), "The account");
		Role role = Objects.requireNonNull(form.role());
		if (account.id() == admin.accountId() && role != account.role()) {
			throw new AccountExceptions.Refused("account.admin.notYourself");
		}
		if (account.role() == Role.UIL_ADMIN && role != Role.UIL_ADMIN && account.active()
				&& accounts.countActiveWithRole(Role.UIL_ADMIN) <= 1) {
			throw new AccountExceptions.Refused("account.admin.lastAdmin");
		}
		String country = form.countryCode() == null || form.countryCode().isBlank() ? null
				: form.countryCode().toUpperCase(Locale.ROOT);
		// A person placed in a territory UNESCO does not count keeps it, but nobody is
		// moved
		// there.
		if (country != null && !country.equals(account.countryCode())
				&& referenceData.unescoCountry(country, Locale.ENGLISH).isEmpty()) {
			throw new AccountExceptions.Refused("account.admin.unknownCountry");
		}
		if (Invitations.needsCountry(role) || role == Role.CITY_OFFICIAL) {
			if (country == null) {
				throw new AccountExceptions.Refused("account.admin.countryNeeded");
			}
		}
		Long cityId = null;
		if (role == Role.CITY_OFFICIAL) {
			if (form.cityName() == null || form.cityName().isBlank()) {
				throw new AccountExceptions.Refused("account.admin.cityNeeded");
			}
			cityId = cities.findOrRegister(form.cityName(), country).id();
		}
		String before = scope(account);
		if (role == account.role() && Objects.equals(cityId, account.cityId())
				&& Objects.equals(country, account.countryCode())) {
			return;
		}
		account.changeRole(role, cityId, country);
		long event = securityLog.record(SecurityEventKind.ROLE_CHANGED, account.id(), account.email(),
				admin.accountId(), before + " → " + scope(account));
		mails.roleChanged(account, event, scopeForMail(account));
		// The person's open sessions carry the old role: they sign in again with the new
		// one.
		sessions.endAll(account.email());
	}

	void deactivate(long id, PortalUser admin) {
		Account account = account(id);
		if (account.id() == admin.accountId()) {
			throw new AccountExceptions.Refused("account.admin.notYourself");
		}
		if (!account.enabled()) {
			return;
		}
		if (account.role() == Role.UIL_ADMIN && account.active() && accounts.countActiveWithRole(Role.UIL_ADMIN) <= 1) {
			throw new AccountExceptions.Refused("account.admin.lastAdmin");
		}
		account.deactivate(clock.instant());
		securityLog.record(SecurityEventKind.DEACTIVATED, account.id(), account.email(), admin.accountId(), null);
		sessions.endAll(account.email());
	}

	void reactivate(long id, PortalUser admin) {
		Account account = account(id);
		if (account.enabled()) {
			return;
		}
		account.reactivate();
		securityLog.record(SecurityEventKind.REACTIVATED, account.id(), account.email(), admin.accountId(), null);
	}

	private Account account(long id) {
		return accounts.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String scope(Account account) {
		StringBuilder scope = new StringBuilder(account.role().name());
		if (account.cityId() != null) {
			scope.append(" city ").append(account.cityId());
		}
		if (account.countryCode() != null) {
			scope.append(" ").append(account.countryCode());
		}
		return scope.toString();
	}

	private String scopeForMail(Account account) {
		Locale locale = account.language().locale();
		List<String> parts = new ArrayList<>();
		if (account.cityId() != null) {
			cities.byId(account.cityId()).map(CityInfo::name).ifPresent(parts::add);
		}
		if (account.countryCode() != null) {
			referenceData.country(account.countryCode(), locale).map(CountryInfo::name).ifPresent(parts::add);
		}
		return String.join(", ", parts);
	}

}
