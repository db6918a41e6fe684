package org.unesco.gnlc.award;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unesco.gnlc.city.Cities;
import org.unesco.gnlc.city.CityCard;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.security.Role;

/**
 * Every application of a cycle, for UIL (administrators and reviewers) at
 * {@code /award/cycles/{year}/applications}: by reference, a page at a time, in one state
 * or all. UIL sees an application once its city submitted it ({@link ApplicationAccess}),
 * so drafts, and applications withdrawn before they were submitted, are only counted. A
 * reviewer sees no more than "conflict of interest" in place of an application of their
 * own country or one on which they declared a conflict. Four statements whatever the
 * number of applications: the cycle, the page, the count and the page's cities.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class CycleApplications {

	static final int PAGE_SIZE = 25;

	/** The states a listed application may be in: every state after submission. */
	static final List<ApplicationState> LISTED_STATES = Arrays.stream(ApplicationState.values())
		.filter(state -> state != ApplicationState.DRAFT)
		.toList();

	private final AwardCycleRepository cycles;

	private final Cities cities;

	private final JdbcClient jdbc;

	/**
	 * One page of the list: the cycle, the state it is filtered by (or null), the
	 * applications and how many applications of the cycle their cities never submitted.
	 */
	record ApplicationList(AwardCycleInfo cycle, @Nullable ApplicationState state, Page<ApplicationRow> applications,
			long neverSubmitted) {

		public List<ApplicationState> states() {
			return LISTED_STATES;
		}

	}

	/**
	 * An application in the list; a conflicted reviewer's row has neither reference nor
	 * city nor state.
	 */
	record ApplicationRow(long id, @Nullable String reference, @Nullable CityCard city,
			@Nullable ApplicationState state, Instant lastChange, boolean conflicted) {
	}

	/** The page of the cycle of the year (404 when there is none). */
	ApplicationList page(PortalUser user, int year, @Nullable ApplicationState state, int page, Locale locale) {
		AwardRoles.requireSecretariat(user);
		AwardCycle cycle = cycles.getByYear(year);
		String filter = state == null ? "" : state.name();
		boolean reviewer = user.is(Role.UIL_REVIEWER);
		record Row(long id, @Nullable String reference, long cityId, String countryCode, ApplicationState state,
				Instant lastChange, boolean conflict) {
		}
		List<Row> rows = jdbc.sql("""
				select a.id, a.reference, a.city_id, a.country_code, a.state,
				       coalesce((select max(t.at) from award_transition t where t.application_id = a.id),
				                a.created_at) as last_change,
				       exists (select 1 from award_review_assignment r
				               where r.application_id = a.id and r.reviewer_id = :me
				                 and r.conflict_declared_at is not null) as conflict
				from award_application a
				where a.cycle_id = :cycle and a.submitted_at is not null and (:state = '' or a.state = :state)
				order by a.reference, a.id
				limit :limit offset :offset
				""")
			.param("cycle", cycle.id())
			.param("state", filter)
			.param("me", reviewer ? user.accountId() : -1L)
			.param("limit", PAGE_SIZE)
			.param("offset", (long) page * PAGE_SIZE)
			.query((row, number) -> new Row(row.getLong("id"), row.getString("reference"), row.getLong("city_id"),
					row.getString("country_code"), ApplicationState.valueOf(row.getString("state")),
					row.getTimestamp("last_change").toInstant(), row.getBoolean("conflict")))
			.list();
		record Counts(long listed, long neverSubmitted) {
		}
		Counts counts = jdbc
			.sql("""
					select count(*) filter (where a.submitted_at is not null and (:state = '' or a.state = :state)) as listed,
					       count(*) filter (where a.submitted_at is null) as never_submitted
					from award_application a
					where a.cycle_id = :cycle
					""")
			.param("cycle", cycle.id())
			.param("state", filter)
			.query((row, number) -> new Counts(row.getLong("listed"), row.getLong("never_submitted")))
			.single();
		Map<Long, CityCard> cards = cities.cards(rows.stream().map(Row::cityId).distinct().toList(), locale)
			.stream()
			.collect(Collectors.toMap(CityCard::id, Function.identity()));
		List<ApplicationRow> content = rows.stream().map(row -> {
			boolean conflicted = reviewer && (row.conflict() || row.countryCode().equals(user.countryCode()));
			return conflicted ? new ApplicationRow(row.id(), null, null, null, row.lastChange(), true)
					: new ApplicationRow(row.id(), row.reference(), Objects.requireNonNull(cards.get(row.cityId())),
							row.state(), row.lastChange(), false);
		}).toList();
		return new ApplicationList(cycle.info(locale, 0), state,
				new PageImpl<>(content, PageRequest.of(page, PAGE_SIZE), counts.listed()), counts.neverSubmitted());
	}

}
