package org.unesco.gnlc.reference;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface CountryRepository extends ListCrudRepository<Country, String> {

	@Query("""
			select c from Country c
			where (:region is null or c.region = :region)
			  and (:search = '' or lower(c.nameEn) like concat('%', :search, '%')
			       or lower(c.nameFr) like concat('%', :search, '%')
			       or lower(c.nameEs) like concat('%', :search, '%')
			       or c.nameAr like concat('%', :search, '%')
			       or lower(c.code) = :search)
			""")
	Page<Country> search(@Nullable UnescoRegion region, String search, Pageable pageable);

	List<Country> findAllByOrderByNameEn();

}
