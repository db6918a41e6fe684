package org.unesco.gnlc.city;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface CityRepository extends ListCrudRepository<City, Long> {

	Optional<City> findBySlug(String slug);

	boolean existsBySlug(String slug);

	/**
	 * Cities of a country whose name matches, ignoring case and accents (for picking
	 * one).
	 */
	@Query(value = """
			select * from city
			where country_code = :countryCode
			  and name_key = lower(gnlc_unaccent(:name))
			""", nativeQuery = true)
	List<City> findByCountryAndNameIgnoringCaseAndAccents(String countryCode, String name);

	List<City> findByCountryCodeOrderByName(String countryCode);

	/**
	 * The cities of these countries, members or not, in one statement (an import's
	 * matching).
	 */
	List<City> findByCountryCodeIn(Collection<String> countryCodes);

	List<City> findBySlugIn(Collection<String> slugs);

	long countByMemberTrue();

	@Query("select c from City c where c.member = true and (c.memberSince is null or c.memberSince <= :date) order by c.name")
	List<City> findMembersAdmittedBy(LocalDate date);

	@Query("select c.slug from City c where c.slug in :slugs")
	List<String> findExistingSlugs(Collection<String> slugs);

}
