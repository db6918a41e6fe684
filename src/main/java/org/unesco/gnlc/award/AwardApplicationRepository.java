package org.unesco.gnlc.award;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AwardApplicationRepository extends JpaRepository<AwardApplication, Long> {

	/** The application with its sections, for the pages that show all of it. */
	@EntityGraph(attributePaths = { "sections" })
	@Query("select a from AwardApplication a where a.id = :id")
	Optional<AwardApplication> findWithSections(long id);

	/** The city's application in a cycle that it has not withdrawn, if any. */
	@Query("""
			select a from AwardApplication a
			where a.cycleId = :cycleId and a.cityId = :cityId
			  and a.state <> org.unesco.gnlc.award.ApplicationState.WITHDRAWN
			""")
	Optional<AwardApplication> findCurrent(long cycleId, long cityId);

	@Query("select a from AwardApplication a where a.cityId = :cityId order by a.createdAt desc")
	List<AwardApplication> findByCity(long cityId);

	/**
	 * Applications in a state, oldest submission first (those waiting for a National
	 * Commission).
	 */
	List<AwardApplication> findByStateOrderBySubmittedAtAsc(ApplicationState state);

	@Query("""
			select a from AwardApplication a
			where a.cycleId = :cycleId and a.countryCode = :countryCode and a.state in :states
			order by a.nationalRank nulls last, a.submittedAt
			""")
	List<AwardApplication> findInCountry(long cycleId, String countryCode, Collection<ApplicationState> states);

	@Query("select a from AwardApplication a where a.cycleId = :cycleId and a.state in :states order by a.countryCode, a.id")
	List<AwardApplication> findInCycle(long cycleId, Collection<ApplicationState> states);

	@Query("select count(a) from AwardApplication a where a.cycleId = :cycleId and a.countryCode = :countryCode and a.state in :states")
	long countInCountry(long cycleId, String countryCode, Collection<ApplicationState> states);

}
