package org.unesco.gnlc.award;

import java.math.BigDecimal;
import java.text.Collator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import org.unesco.gnlc.award.ReviewViews.CountryCount;
import org.unesco.gnlc.award.ReviewViews.LeaderboardRow;
import org.unesco.gnlc.award.ReviewViews.RegionCount;
import org.unesco.gnlc.city.Cities;
import org.unesco.gnlc.city.CityCard;
import org.unesco.gnlc.reference.CountryInfo;
import org.unesco.gnlc.reference.ReferenceData;
import org.unesco.gnlc.reference.UnescoRegion;
import org.unesco.gnlc.shared.security.Actor;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.security.Role;
import org.unesco.gnlc.shared.web.RefusedActionException;

/**
 * The ranking of a cycle's nominations and UIL's shortlist. Each reviewer's score of a
 * nomination is the weighted mean of their latest scores (Σ weight × score / scale ÷ Σ
 * weight, in percent); a nomination's score is the mean over the reviewers who submitted,
 * without a conflict, and its spread the gap between the highest and the lowest of them.
 * Everything is computed by PostgreSQL in a fixed number of statements, whatever the
 * number of nominations.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class Leaderboard {

	static final int PAGE_SIZE = 25;

	/** Applications UIL received, in every later state. */
	private static final List<String> NOMINATIONS = ApplicationState.NOMINATIONS.stream()
		.map(ApplicationState::name)
		.sorted()
		.toList();

	private static final List<String> ON_SHORTLIST = List.of(ApplicationState.SHORTLISTED.name(),
			ApplicationState.AWARDED.name(), ApplicationState.NOT_AWARDED.name());

	/**
	 * The latest score per nomination, reviewer and criterion; then each reviewer's
	 * weighted percentage.
	 */
	/**
	 * Each submitted review's weighted percentage (per reviewer: Σ weight × score / scale
	 * ÷ Σ weight over the latest score of each criterion), as the common table "reviews";
	 * the leaderboard and the decision pack rank by it.
	 */
	static final String REVIEWS = """
			with latest as (
			  select distinct on (s.application_id, s.reviewer_id, s.criterion_id)
			         s.application_id, s.reviewer_id, s.criterion_id, s.score
			  from award_score s join award_application a on a.id = s.application_id
			  where a.cycle_id = :cycle
			  order by s.application_id, s.reviewer_id, s.criterion_id, s.id desc
			), reviews as (
			  select l.application_id, l.reviewer_id,
			         100.0 * sum(c.weight * l.score::numeric / c.scale_max) / sum(c.weight) as percent
			  from latest l
			  join award_criterion c on c.id = l.criterion_id
			  join award_review_assignment r on r.application_id = l.application_id and r.reviewer_id = l.reviewer_id
			  where r.submitted_at is not null and r.conflict_declared_at is null
			  group by l.application_id, l.reviewer_id
			)
			""";

	/** The whole leaderboard page. */
	record Board(AwardCycle cycle, Page<LeaderboardRow> rows, List<RegionCount> regions, List<CountryCount> countries,
			List<CountryCount> countriesTwiceShortlisted, long nominations, long reviewed, long shortlisted) {
	}

	private final AwardCycleRepository cycles;

	private final AwardApplicationRepository applications;

	private final ApplicationAccess access;

	private final Cities cities;

	private final ReferenceData referenceData;

	private final JdbcClient jdbc;

	private final Clock clock;

	/**
	 * One page of the leaderboard, best first, with the counts per UNESCO region and per
	 * country. A reviewer who has yet to submit their own review of a nomination (or who
	 * declared a conflict on it) does not see its score.
	 */
	Board board(PortalUser user, int year, int page, Locale locale) {
		AwardRoles.requireSecretariat(user);
		AwardCycle cycle = cycles.getByYear(year);
		record Row(long id, @Nullable String reference, long cityId, String countryCode, ApplicationState state,
				long reviews, @Nullable BigDecimal mean, @Nullable BigDecimal spread) {
		}
		List<Row> rows = jdbc.sql(REVIEWS + """
				select a.id, a.reference, a.city_id, a.country_code, a.state, count(v.reviewer_id) as reviews,
				       avg(v.percent) as mean, max(v.percent) - min(v.percent) as spread
				from award_application a left join reviews v on v.application_id = a.id
				where a.cycle_id = :cycle and a.state in (:states)
				group by a.id
				order by mean desc nulls last, a.id
				limit :limit offset :offset
				""")
			.param("cycle", cycle.id())
			.param("states", NOMINATIONS)
			.param("limit", PAGE_SIZE)
			.param("offset", (long) page * PAGE_SIZE)
			.query((row, number) -> new Row(row.getLong("id"), row.getString("reference"), row.getLong("city_id"),
					row.getString("country_code"), ApplicationState.valueOf(row.getString("state")),
					row.getLong("reviews"), row.getBigDecimal("mean"), row.getBigDecimal("spread")))
			.list();
		boolean reviewer = user.is(Role.UIL_REVIEWER);
		Set<Long> unsubmitted = new HashSet<>();
		Set<Long> conflicts = new HashSet<>();
		if (reviewer && !rows.isEmpty()) {
			unsubmittedBy(user, cycle, unsubmitted, conflicts);
		}
		Map<Long, CityCard> cards = rows.isEmpty() ? Map.of()
				: cities.cards(rows.stream().map(Row::cityId).toList(), locale)
					.stream()
					.collect(Collectors.toMap(CityCard::id, Function.identity()));
		List<LeaderboardRow> content = new ArrayList<>();
		int rank = page * PAGE_SIZE;
		for (Row row : rows) {
			boolean conflicted = reviewer
					&& (conflicts.contains(row.id()) || row.countryCode().equals(user.countryCode()));
			boolean hidden = conflicted || unsubmitted.contains(row.id());
			content.add(new LeaderboardRow(++rank, row.id(), conflicted ? null : row.reference(),
					Objects.requireNonNull(cards.get(row.cityId())), row.state(), conflicted ? 0 : row.reviews(),
					hidden || row.mean() == null ? null : row.mean().doubleValue(),
					hidden || row.spread() == null ? null : row.spread().doubleValue(), hidden,
					!hidden && !row.countryCode().equals(user.countryCode()), conflicted));
		}
		List<CountryCount> countries = countries(cycle, locale);
		Map<UnescoRegion, long[]> byRegion = new EnumMap<>(UnescoRegion.class);
		for (UnescoRegion region : UnescoRegion.values()) {
			byRegion.put(region, new long[3]);
		}
		for (CountryCount country : countries) {
			long[] counts = byRegion.get(country.region());
			counts[0] += country.nominations();
			counts[1] += country.reviewed();
			counts[2] += country.shortlisted();
		}
		List<RegionCount> regions = byRegion.entrySet()
			.stream()
			.map(entry -> new RegionCount(entry.getKey(), entry.getValue()[0], entry.getValue()[1],
					entry.getValue()[2]))
			.toList();
		long nominations = countries.stream().mapToLong(CountryCount::nominations).sum();
		return new Board(cycle, new PageImpl<>(content, PageRequest.of(page, PAGE_SIZE), nominations), regions,
				countries, countries.stream().filter(country -> country.shortlisted() >= 2).toList(), nominations,
				countries.stream().mapToLong(CountryCount::reviewed).sum(),
				countries.stream().mapToLong(CountryCount::shortlisted).sum());
	}

	/**
	 * Nominations of the cycle, reviewed ones (two submitted reviews) and shortlisted
	 * ones, per country.
	 */
	private List<CountryCount> countries(AwardCycle cycle, Locale locale) {
		Map<String, CountryInfo> known = referenceData.countries(locale)
			.stream()
			.collect(Collectors.toMap(CountryInfo::code, Function.identity()));
		return jdbc.sql("""
				select a.country_code, count(*) as nominations,
				       count(*) filter (where coalesce(v.submitted, 0) >= :needed) as reviewed,
				       count(*) filter (where a.state in (:onShortlist)) as shortlisted
				from award_application a
				left join (select r.application_id, count(*) as submitted
				           from award_review_assignment r join award_application n on n.id = r.application_id
				           where n.cycle_id = :cycle and r.submitted_at is not null and r.conflict_declared_at is null
				           group by r.application_id) v on v.application_id = a.id
				where a.cycle_id = :cycle and a.state in (:states)
				group by a.country_code
				""")
			.param("cycle", cycle.id())
			.param("states", NOMINATIONS)
			.param("onShortlist", ON_SHORTLIST)
			.param("needed", ReviewViews.REVIEWERS_PER_NOMINATION)
			.query((row, number) -> {
				String code = row.getString("country_code");
				CountryInfo country = known.get(code);
				return new CountryCount(code, country == null ? code : country.name(),
						country == null ? UnescoRegion.EUROPE_NORTH_AMERICA : country.region(),
						row.getLong("nominations"), row.getLong("reviewed"), row.getLong("shortlisted"));
			})
			.list()
			.stream()
			.sorted(Comparator.comparing(CountryCount::region).thenComparing(CountryCount::countryName))
			.toList();
	}

	/**
	 * The nominations of the cycle the reviewer has yet to submit, and those they
	 * declared a conflict on; one statement.
	 */
	private void unsubmittedBy(PortalUser reviewer, AwardCycle cycle, Set<Long> unsubmitted, Set<Long> conflicts) {
		jdbc.sql("""
				select r.application_id, r.conflict_declared_at is not null as conflict
				from award_review_assignment r join award_application a on a.id = r.application_id
				where a.cycle_id = :cycle and r.reviewer_id = :reviewer
				  and (r.submitted_at is null or r.conflict_declared_at is not null)
				""").param("cycle", cycle.id()).param("reviewer", reviewer.accountId()).query(row -> {
			(row.getBoolean("conflict") ? conflicts : unsubmitted).add(row.getLong("application_id"));
		});
	}

	/** The number of submitted reviews (without a conflict) of a nomination. */
	long submittedReviews(long applicationId) {
		return jdbc.sql("""
				select count(*) from award_review_assignment
				where application_id = :application and submitted_at is not null and conflict_declared_at is null
				""").param("application", applicationId).query(Long.class).single();
	}

	/**
	 * Puts a nomination on the shortlist: only while the cycle is under review, with at
	 * least two submitted reviews, and never by someone of the city's own country or with
	 * a conflict on it.
	 */
	@Transactional
	void shortlist(PortalUser user, int year, long applicationId, @Nullable String comment) {
		AwardApplication application = actionable(user, year, applicationId);
		if (submittedReviews(applicationId) < ReviewViews.REVIEWERS_PER_NOMINATION) {
			throw new RefusedActionException("award.review.error.twoReviewsNeeded");
		}
		application.shortlist(Actor.of(user), comment, clock.instant());
		applications.save(application);
	}

	/**
	 * Takes a nomination off the shortlist again, with the reason, while the cycle is
	 * under review.
	 */
	@Transactional
	void removeFromShortlist(PortalUser user, int year, long applicationId, @Nullable String reason) {
		AwardApplication application = actionable(user, year, applicationId);
		application.removeFromShortlist(Actor.of(user), reason == null ? "" : reason, clock.instant());
		applications.save(application);
	}

	/** What sending the shortlist to the jury does, for UIL_ADMIN to confirm first. */
	record ConveneSummary(AwardCycleInfo cycle, List<CityCard> shortlist, long leftOff) {
	}

	/**
	 * The shortlist that would go to the jury and how many nominations would be left off
	 * it; refused, saying when it will be possible, outside the REVIEW phase or with no
	 * shortlist.
	 */
	ConveneSummary beforeConvening(PortalUser admin, int year, Locale locale) {
		AwardRoles.requireAdmin(admin);
		AwardCycle cycle = cycles.getByYear(year);
		CyclePhases.requireConvenable(cycle);
		List<Long> shortlisted = new ArrayList<>();
		long[] leftOff = { 0 };
		jdbc.sql("select city_id, state from award_application where cycle_id = :cycle and state in (:states)")
			.param("cycle", cycle.id())
			.param("states", List.of(ApplicationState.SHORTLISTED.name(), ApplicationState.NOMINATED.name()))
			.query(row -> {
				if (ApplicationState.SHORTLISTED.name().equals(row.getString("state"))) {
					shortlisted.add(row.getLong("city_id"));
				}
				else {
					leftOff[0]++;
				}
			});
		if (shortlisted.isEmpty()) {
			throw new RefusedActionException("award.review.error.shortlistEmpty");
		}
		List<CityCard> cards = cities.cards(shortlisted, locale)
			.stream()
			.sorted(Comparator.comparing(CityCard::name, Collator.getInstance(locale)))
			.toList();
		return new ConveneSummary(cycle.info(locale, 0), cards, leftOff[0]);
	}

	private AwardApplication actionable(PortalUser user, int year, long applicationId) {
		AwardRoles.requireSecretariat(user);
		AwardCycle cycle = cycles.lockByYear(year);
		if (!cycle.isUnderReview()) {
			throw new RefusedActionException("award.review.error.reviewClosed");
		}
		AwardApplication application = access.forSecretariat(user, applicationId);
		if (application.cycleId() != cycle.id()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		if (application.countryCode().equals(user.countryCode())) {
			throw new RefusedActionException("award.review.error.ownCountryShortlist");
		}
		boolean conflict = jdbc.sql("""
				select exists (select 1 from award_review_assignment
				               where application_id = :application and reviewer_id = :user
				                 and conflict_declared_at is not null)
				""").param("application", applicationId).param("user", user.accountId()).query(Boolean.class).single();
		if (conflict) {
			throw new RefusedActionException("award.review.error.conflictDeclared");
		}
		return application;
	}

}
