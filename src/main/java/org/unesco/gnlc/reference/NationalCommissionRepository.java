package org.unesco.gnlc.reference;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface NationalCommissionRepository extends ListCrudRepository<NationalCommission, Long> {

	@Query("select n from NationalCommission n join fetch n.country where n.country.code = :countryCode")
	Optional<NationalCommission> findByCountryCode(String countryCode);

	@Query("select n from NationalCommission n where n.country.code in :countryCodes")
	List<NationalCommission> findByCountryCodes(Collection<String> countryCodes);

}
