package org.unesco.gnlc.reference;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unesco.gnlc.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

@PortalTest
class ReferenceDataTests {

	@Autowired
	ReferenceData referenceData;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyIsoCountryIsThereInThreeLanguagesInOneOfTheFiveRegions() {
		List<CountryInfo> countries = referenceData.countries(Locale.ENGLISH);
		assertThat(countries).hasSize(249);
		Map<UnescoRegion, Long> perRegion = countries.stream()
			.collect(Collectors.groupingBy(CountryInfo::region, Collectors.counting()));
		assertThat(perRegion).containsOnlyKeys(UnescoRegion.values());
		assertThat(referenceData.country("mx", Locale.ENGLISH)).map(CountryInfo::name).contains("Mexico");
		assertThat(referenceData.country("MX", Locale.FRENCH)).map(CountryInfo::name).contains("Mexique");
		assertThat(referenceData.country("MX", Locale.forLanguageTag("es"))).map(CountryInfo::name).contains("México");
		assertThat(referenceData.country("JO", Locale.ENGLISH)).map(CountryInfo::region)
			.contains(UnescoRegion.ARAB_STATES);
	}

	@Test
	void countriesAreSortedInTheReadersLanguage() {
		List<String> names = referenceData.countries(Locale.FRENCH).stream().map(CountryInfo::name).toList();
		// French sorts "Égypte" among the E's, not after "Zimbabwe".
		assertThat(names.indexOf("Égypte")).isLessThan(names.indexOf("Espagne"));
	}

	@Test
	void everyCountryHasANationalCommissionAndTheSeedsCountriesHaveTheirRealNames() {
		Integer withoutCommission = jdbc.sql("""
				select count(*) from country c
				where not exists (select 1 from national_commission n where n.country_code = c.code)
				""").query(Integer.class).single();
		assertThat(withoutCommission).isZero();
		assertThat(referenceData.nationalCommission("AU")).map(NationalCommissionInfo::name)
			.contains("Australian National Commission for UNESCO");
		assertThat(referenceData.nationalCommission("KR")).map(NationalCommissionInfo::name)
			.contains("Korean National Commission for UNESCO");
	}

	@Test
	void theKeyFeaturesAreThreeAreasOfTwelveAreasOfFocus() {
		List<KeyFeatureNode> areas = referenceData.keyFeatures(Locale.ENGLISH);
		assertThat(areas).extracting(KeyFeatureNode::code).containsExactly("1", "2", "3");
		assertThat(areas).flatExtracting(KeyFeatureNode::children).hasSize(12);
		assertThat(areas.get(1).children()).extracting(KeyFeatureNode::name)
			.containsExactly("Inclusive learning in the education system",
					"Re-vitalised learning in families and communities", "Effective learning for and in the workplace",
					"Extended use of modern learning technologies", "Enhanced quality in learning",
					"A vibrant culture of learning throughout life");
		assertThat(referenceData.keyFeatures(Locale.forLanguageTag("es")).get(2).children().get(0).name())
			.isEqualTo("Firme voluntad y compromiso políticos");
	}

}
