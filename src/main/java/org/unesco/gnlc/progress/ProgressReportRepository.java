package org.unesco.gnlc.progress;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProgressReportRepository extends JpaRepository<ProgressReport, Long> {

	String SUMMARY = "select new org.unesco.gnlc.progress.ReportSummary(r.id, r.roundId, r.cityId, r.cityName, r.countryCode, r.state, r.submittedAt) from ProgressReport r ";

	/** The report with its sections and answers, for the pages that show all of it. */
	@EntityGraph(attributePaths = { "sections", "answers" })
	@Query("select r from ProgressReport r where r.id = :id")
	Optional<ProgressReport> findWithAnswers(long id);

	Optional<ProgressReport> findByRoundIdAndCityId(long roundId, long cityId);

	@Query(SUMMARY + "where r.cityId = :cityId order by r.createdAt desc")
	List<ReportSummary> ofCity(long cityId);

	/**
	 * The city's latest report before this round, if any (its answers shown beside the
	 * questions).
	 */
	@Query("select r from ProgressReport r where r.cityId = :cityId and r.roundId <> :roundId order by r.createdAt desc limit 1")
	Optional<ProgressReport> previousOf(long cityId, long roundId);

	@Query(value = SUMMARY + """
			where (:roundId is null or r.roundId = :roundId)
			  and (:countryCode is null or r.countryCode = :countryCode)
			  and (:anyCountry = true or r.countryCode in :countries)
			  and r.state in :states
			order by r.roundId desc, r.countryCode, r.cityName
			""", countQuery = """
			select count(r) from ProgressReport r
			where (:roundId is null or r.roundId = :roundId)
			  and (:countryCode is null or r.countryCode = :countryCode)
			  and (:anyCountry = true or r.countryCode in :countries)
			  and r.state in :states
			""")
	Page<ReportSummary> queue(@Nullable Long roundId, @Nullable String countryCode, boolean anyCountry,
			Collection<String> countries, Collection<ReportState> states, Pageable page);

	@Query(SUMMARY + "where r.roundId = :roundId order by r.countryCode, r.cityName")
	List<ReportSummary> ofRound(long roundId);

	@Query(SUMMARY
			+ "where r.roundId = :roundId and r.state <> org.unesco.gnlc.progress.ReportState.ACCEPTED order by r.countryCode, r.cityName")
	List<ReportSummary> notAcceptedIn(long roundId);

	@Query(SUMMARY + "where r.roundId in :roundIds and r.state in :states")
	List<ReportSummary> inRoundsAndStates(Collection<Long> roundIds, Collection<ReportState> states);

	@Query("select r.state, count(r) from ProgressReport r where r.roundId = :roundId group by r.state")
	List<Object[]> countByState(long roundId);

	@Query("select r from ProgressReport r where r.cityId = :cityId and r.state = org.unesco.gnlc.progress.ReportState.ACCEPTED and r.highlightsPublished = true order by r.acceptedAt desc limit 1")
	Optional<ProgressReport> publishedHighlightsOf(long cityId);

}
