package org.unesco.gnlc.conference;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConferencePersonRepository extends JpaRepository<Person, Long> {

	Optional<Person> findBySlug(String slug);

	boolean existsBySlug(String slug);

	/**
	 * People of that name, ignoring case and accents (“Maria del Carmen Benitez Diaz”
	 * finds María ...).
	 */
	@Query(value = """
			select * from conference_person
			where unaccent(lower(name)) = unaccent(lower(:name))
			order by id
			""", nativeQuery = true)
	List<Person> findByNameIgnoringCaseAndAccents(String name);

}
