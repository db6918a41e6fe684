package org.unesco.gnlc.membership;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

interface MembershipApplicationRepository extends JpaRepository<MembershipApplication, Long> {

	/**
	 * The application with its sections and ratings, for the pages that show all of it.
	 */
	@EntityGraph(attributePaths = { "sections" })
	@Query("select a from MembershipApplication a where a.id = :id")
	Optional<MembershipApplication> findWithSections(long id);

	@Query("select a from MembershipApplication a where a.cityId = :cityId and a.state in :states")
	Optional<MembershipApplication> findByCityInStates(long cityId, Collection<ApplicationState> states);

	@Query("""
			select new org.unesco.gnlc.membership.ApplicationSummary(a.id, a.reference, a.cityId,
			       a.cityDetails.cityName, a.countryCode, a.callId, a.state, a.submittedAt, a.recommendation)
			from MembershipApplication a
			where a.cityId = :cityId
			order by a.createdAt desc
			""")
	List<ApplicationSummary> historyOfCity(long cityId);

	@Query(value = """
			select new org.unesco.gnlc.membership.ApplicationSummary(a.id, a.reference, a.cityId,
			       a.cityDetails.cityName, a.countryCode, a.callId, a.state, a.submittedAt, a.recommendation)
			from MembershipApplication a
			where a.countryCode = :countryCode and a.state in :states
			order by a.submittedAt
			""",
			countQuery = "select count(a) from MembershipApplication a where a.countryCode = :countryCode and a.state in :states")
	Page<ApplicationSummary> queueOfCountry(String countryCode, Collection<ApplicationState> states, Pageable page);

	@Query(value = """
			select new org.unesco.gnlc.membership.ApplicationSummary(a.id, a.reference, a.cityId,
			       a.cityDetails.cityName, a.countryCode, a.callId, a.state, a.submittedAt, a.recommendation)
			from MembershipApplication a
			where a.state in :states and (:callId is null or a.callId = :callId)
			  and (:countryCode is null or a.countryCode = :countryCode)
			order by a.callId desc, a.countryCode, a.submittedAt
			""", countQuery = """
			select count(a) from MembershipApplication a
			where a.state in :states and (:callId is null or a.callId = :callId)
			  and (:countryCode is null or a.countryCode = :countryCode)
			""")
	Page<ApplicationSummary> queue(Collection<ApplicationState> states, @Nullable Long callId,
			@Nullable String countryCode, Pageable page);

	@Query("""
			select count(a) from MembershipApplication a
			where a.callId = :callId and a.countryCode = :countryCode and a.state in :forwarded
			""")
	long countForwarded(long callId, String countryCode, Collection<ApplicationState> forwarded);

	@Query("""
			select new org.unesco.gnlc.membership.ApplicationSummary(a.id, a.reference, a.cityId,
			       a.cityDetails.cityName, a.countryCode, a.callId, a.state, a.submittedAt, a.recommendation)
			from MembershipApplication a
			where a.callId = :callId
			order by a.countryCode, a.cityDetails.cityName
			""")
	List<ApplicationSummary> ofCall(long callId);

	@Query("select a.state, count(a) from MembershipApplication a where a.countryCode = :countryCode group by a.state")
	List<Object[]> countByStateInCountry(String countryCode);

	@Query("select a.state, count(a) from MembershipApplication a group by a.state")
	List<Object[]> countByState();

}
