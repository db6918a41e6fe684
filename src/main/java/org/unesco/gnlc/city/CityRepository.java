package org.unesco.gnlc.city;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface CityRepository extends ListCrudRepository<City, Long> {

	Optional<City> findBySlug(String slug);

}
