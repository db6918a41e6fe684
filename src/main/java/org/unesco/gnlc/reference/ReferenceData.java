package org.unesco.gnlc.reference;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import org.unesco.gnlc.shared.web.StaleEditException;

/**
 * Countries, National Commissions and the Key Features, for every feature and for
 * UIL_ADMIN.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class ReferenceData {

	private final CountryRepository countries;

	private final NationalCommissionRepository commissions;

	private final KeyFeatureRepository keyFeatures;

	/**
	 * Every country, named and sorted in the reader's language (for choosing one in a
	 * form).
	 */
	public List<CountryInfo> countries(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return countries.findAll()
			.stream()
			.map(country -> info(country, locale))
			.sorted(Comparator.comparing(CountryInfo::name, collator))
			.toList();
	}

	/**
	 * The countries UNESCO works with, its Member States and Associate Members, named and
	 * sorted in the reader's language: what every picker of where a city or a person is
	 * offers.
	 */
	public List<CountryInfo> unescoCountries(Locale locale) {
		return unescoCountries(locale, null);
	}

	/**
	 * The countries UNESCO works with and the one a record already has, which it keeps
	 * even in another territory.
	 */
	public List<CountryInfo> unescoCountries(Locale locale, @Nullable String kept) {
		return countries(locale).stream()
			.filter(country -> country.unesco() || country.code().equalsIgnoreCase(kept))
			.toList();
	}

	/** The country of that code when a person may choose it, as the pickers offer it. */
	public Optional<CountryInfo> unescoCountry(String code, Locale locale) {
		return country(code, locale).filter(CountryInfo::unesco);
	}

	public Optional<CountryInfo> country(String code, Locale locale) {
		return countries.findById(code.toUpperCase(Locale.ROOT)).map(country -> info(country, locale));
	}

	public Optional<NationalCommissionInfo> nationalCommission(String countryCode) {
		return commissions.findByCountryCode(countryCode.toUpperCase(Locale.ROOT))
			.map(commission -> new NationalCommissionInfo(commission.id(), commission.country().code(),
					commission.name(), commission.email()));
	}

	/**
	 * The Key Features of Learning Cities as a tree: areas, their areas of focus, their
	 * features.
	 */
	public List<KeyFeatureNode> keyFeatures(Locale locale) {
		List<KeyFeature> all = keyFeatures.findAllByOrderByPosition();
		Map<Long, List<KeyFeature>> byParent = all.stream()
			.collect(Collectors.groupingBy(feature -> Optional.ofNullable(feature.parentId()).orElse(0L)));
		return nodes(byParent, 0L, locale);
	}

	private static List<KeyFeatureNode> nodes(Map<Long, List<KeyFeature>> byParent, Long parentId, Locale locale) {
		List<KeyFeatureNode> nodes = new ArrayList<>();
		for (KeyFeature feature : byParent.getOrDefault(parentId, List.of())) {
			nodes.add(new KeyFeatureNode(feature.code(), feature.name(locale), nodes(byParent, feature.id(), locale)));
		}
		return nodes;
	}

	record CountryRow(Country country, NationalCommission commission) {
	}

	Page<CountryRow> search(@Nullable UnescoRegion region, String search, Pageable pageable) {
		Page<Country> page = countries.search(region, search.strip().toLowerCase(Locale.ROOT), pageable);
		Map<String, NationalCommission> byCountry = commissions.findByCountryCodes(page.map(Country::code).getContent())
			.stream()
			.collect(Collectors.toMap(commission -> commission.country().code(), Function.identity()));
		return page.map(country -> new CountryRow(country, byCountry.get(country.code())));
	}

	CountryRow countryForEditing(String code) {
		NationalCommission commission = commissions.findByCountryCode(code.toUpperCase(Locale.ROOT))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return new CountryRow(commission.country(), commission);
	}

	@Transactional
	void correct(String code, CountryForm form) {
		CountryRow row = countryForEditing(code);
		StaleEditException.check(form.countryVersion(), row.country().version(), "The country");
		StaleEditException.check(form.commissionVersion(), row.commission().version(), "The National Commission");
		row.country().moveToRegion(form.region());
		String email = form.commissionEmail() == null || form.commissionEmail().isBlank() ? null
				: form.commissionEmail().strip();
		row.commission().rename(form.commissionName().strip(), email);
	}

	private static CountryInfo info(Country country, Locale locale) {
		return new CountryInfo(country.code(), country.name(locale), country.region(), country.unescoMember());
	}

}
