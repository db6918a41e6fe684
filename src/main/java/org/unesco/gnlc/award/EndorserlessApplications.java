package org.unesco.gnlc.award;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import org.unesco.gnlc.account.AccountInfo;
import org.unesco.gnlc.account.Accounts;
import org.unesco.gnlc.city.Cities;
import org.unesco.gnlc.city.CityInfo;
import org.unesco.gnlc.reference.CountryInfo;
import org.unesco.gnlc.reference.ReferenceData;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.security.Role;
import org.unesco.gnlc.shared.web.Language;

/**
 * Applications submitted in a country whose National Commission has no endorser on the
 * portal: the city is told before it submits, UIL is told when it does
 * ({@link AwardMails}), sees them here by country and invites the endorser; once the
 * endorser's account is active, the applications are in their queue like any other (the
 * queue reads the country's applications). A bounded number of statements: the submitted
 * applications, the active endorsers, their cities.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class EndorserlessApplications {

	/** One submitted application waiting for its National Commission. */
	record Waiting(long id, @Nullable String reference, int year, String cityName, @Nullable Instant submittedAt) {
	}

	/** A country with applications and no endorser on the portal. */
	record Country(String code, String name, List<Waiting> applications) {
	}

	private final AwardApplicationRepository applications;

	private final Accounts accounts;

	private final Cities cities;

	private final ReferenceData referenceData;

	/** Whether the country's National Commission has an active endorser on the portal. */
	boolean hasEndorser(String countryCode) {
		return endorsedCountries().contains(countryCode);
	}

	/**
	 * The countries whose submitted applications wait for an endorser, by country name.
	 */
	List<Country> countries(PortalUser uil, Locale locale) {
		requireSecretariat(uil);
		Set<String> endorsed = endorsedCountries();
		List<AwardApplication> waiting = applications.findByStateOrderBySubmittedAtAsc(ApplicationState.SUBMITTED)
			.stream()
			.filter(application -> !endorsed.contains(application.countryCode()))
			.toList();
		Map<Long, String> cityNames = cities.byIds(waiting.stream().map(AwardApplication::cityId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(CityInfo::id, CityInfo::name));
		Map<String, List<Waiting>> byCountry = new LinkedHashMap<>();
		for (AwardApplication application : waiting) {
			byCountry.computeIfAbsent(application.countryCode(), code -> new ArrayList<>())
				.add(new Waiting(application.id(), application.reference(), application.year(),
						cityNames.getOrDefault(application.cityId(), "—"), application.submittedAt()));
		}
		return byCountry.entrySet()
			.stream()
			.map(entry -> new Country(entry.getKey(), countryName(entry.getKey(), locale), entry.getValue()))
			.sorted((first, second) -> first.name().compareToIgnoreCase(second.name()))
			.toList();
	}

	/**
	 * One country of the list (404 when none of its applications waits for an endorser).
	 */
	Country country(PortalUser uil, String countryCode, Locale locale) {
		return countries(uil, locale).stream()
			.filter(country -> country.code().equalsIgnoreCase(countryCode))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/**
	 * The country whose endorser a UIL administrator invites (403 for anyone else, 404
	 * for a country that does not wait).
	 */
	Country countryToInvite(PortalUser admin, String countryCode, Locale locale) {
		if (!admin.is(Role.UIL_ADMIN)) {
			throw new AccessDeniedException("Only UIL administrators invite National Commissions");
		}
		return country(admin, countryCode, locale);
	}

	/**
	 * UIL invites the country's endorser through the account module; the invitation mail
	 * goes out through the outbox. Answers false, inviting no one, when the address has
	 * an account already.
	 */
	@Transactional
	boolean invite(PortalUser admin, String countryCode, EndorserInvitationForm form) {
		Country country = countryToInvite(admin, countryCode, Locale.ENGLISH);
		return accounts.invite(form.email(), form.fullName(), Role.NATCOM_ENDORSER, country.code(),
				Language.of(form.language()).orElse(Language.ENGLISH), admin);
	}

	private Set<String> endorsedCountries() {
		return accounts.activeWithRole(Role.NATCOM_ENDORSER)
			.stream()
			.map(AccountInfo::countryCode)
			.filter(code -> code != null)
			.collect(Collectors.toSet());
	}

	private String countryName(String code, Locale locale) {
		return referenceData.country(code, locale).map(CountryInfo::name).orElse(code);
	}

	private static void requireSecretariat(PortalUser user) {
		if (!user.isSecretariat()) {
			throw new AccessDeniedException("Only UIL sees the applications waiting for a National Commission");
		}
	}

}
