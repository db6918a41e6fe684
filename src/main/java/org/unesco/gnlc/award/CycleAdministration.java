package org.unesco.gnlc.award;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.hibernate.Hibernate;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import org.unesco.gnlc.reference.ReferenceData;
import org.unesco.gnlc.shared.security.Actor;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.web.RefusedActionException;
import org.unesco.gnlc.shared.web.StaleEditException;

/**
 * UIL_ADMIN runs the Award's cycles: plans a cycle with its settings and criteria (a new
 * cycle starts from the criteria of the latest cycle that has some), corrects its
 * settings, edits the criteria while the cycle is planned (afterwards cities write
 * against them, so they are fixed), while the phase changes are {@link CyclePhases}'s.
 * Every change is checked against the version the administrator saw; the criteria editor
 * locks the cycle's row, as the nominations and the phase changes do, so that none of
 * them interleave.
 */
@Service
@Transactional
@RequiredArgsConstructor
class CycleAdministration {

	static final int PAGE_SIZE = 20;

	private final AwardCycleRepository cycles;

	private final CriterionRepository criteria;

	private final EntityManager entityManager;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final ReferenceData referenceData;

	private final Clock clock;

	/**
	 * A cycle in the list: its phase, deadlines, how many criteria and applications it
	 * has.
	 */
	record CycleRow(long id, int year, String title, CycleState state, int nominationQuota, int awardsAvailable,
			@Nullable LocalDate cityDeadline, @Nullable LocalDate nominationDeadline, int criteria, int applications) {
	}

	/** A cycle's page: its settings, criteria, applications per state and timeline. */
	record CycleView(AwardCycleInfo cycle, @Nullable String iclcCountryName, List<CriterionInfo> criteria,
			Map<ApplicationState, Integer> applications, List<CycleTransition> transitions) {

		public boolean criteriaEditable() {
			return cycle.state() == CycleState.PLANNED;
		}

		/**
		 * The call opens from PLANNED once the cycle has its deadlines and at least one
		 * criterion.
		 */
		public boolean canOpen() {
			return cycle.state() == CycleState.PLANNED && !openingNeedsMore();
		}

		/**
		 * Planned, but without the deadlines or criteria the call needs to open: the page
		 * says so.
		 */
		public boolean openingNeedsMore() {
			return cycle.state() == CycleState.PLANNED
					&& (cycle.cityDeadline() == null || cycle.nominationDeadline() == null || criteria.isEmpty());
		}

		public boolean canCloseNominations() {
			return cycle.state() == CycleState.OPEN;
		}

		public int submitted() {
			return applications.getOrDefault(ApplicationState.SUBMITTED, 0);
		}

	}

	// Reading
	// ------------------------------------------------------------------------------------

	/** Every cycle, past and current, latest first, a page at a time (two statements). */
	@Transactional(readOnly = true)
	Page<CycleRow> page(int page, Locale locale) {
		PageRequest request = PageRequest.of(Math.max(0, page), PAGE_SIZE);
		long total = jdbc.sql("select count(*) from award_cycle").query(Long.class).single();
		String title = titleColumn(locale);
		List<CycleRow> rows = jdbc.sql("""
				select c.id, c.year, %s as title, c.state, c.nomination_quota, c.awards_available,
				       c.city_deadline, c.nomination_deadline,
				       (select count(*) from award_criterion k where k.cycle_id = c.id) as criteria,
				       (select count(*) from award_application a where a.cycle_id = c.id) as applications
				from award_cycle c
				order by c.year desc
				limit :limit offset :offset
				""".formatted(title))
			.param("limit", request.getPageSize())
			.param("offset", request.getOffset())
			.query((row, number) -> new CycleRow(row.getLong("id"), row.getInt("year"), row.getString("title"),
					CycleState.valueOf(row.getString("state")), row.getInt("nomination_quota"),
					row.getInt("awards_available"), row.getObject("city_deadline", LocalDate.class),
					row.getObject("nomination_deadline", LocalDate.class), row.getInt("criteria"),
					row.getInt("applications")))
			.list();
		return new PageImpl<>(rows, request, total);
	}

	/**
	 * The title of {@code award_cycle c} in the reader's language, as
	 * {@link AwardCycle#info} picks it (the English one for a cycle without an Arabic
	 * title).
	 */
	static String titleColumn(Locale locale) {
		return switch (locale.getLanguage()) {
			case "fr" -> "c.title_fr";
			case "es" -> "c.title_es";
			case "ar" -> "coalesce(c.title_ar, c.title_en)";
			default -> "c.title_en";
		};
	}

	@Transactional(readOnly = true)
	CycleView view(long id, Locale locale) {
		return view(load(id), locale);
	}

	/** The cycle of the year (404 when there is none), as its page shows it. */
	@Transactional(readOnly = true)
	CycleView viewOfYear(int year, Locale locale) {
		return view(cycles.getByYear(year), locale);
	}

	private CycleView view(AwardCycle cycle, Locale locale) {
		long id = cycle.id();
		Hibernate.initialize(cycle.transitionsForLoading());
		AwardCycleInfo info = cycle.info(locale, 0);
		Map<ApplicationState, Integer> byState = new EnumMap<>(ApplicationState.class);
		jdbc.sql("select state, count(*) as applications from award_application where cycle_id = :cycle group by state")
			.param("cycle", id)
			.query(rows -> {
				byState.put(ApplicationState.valueOf(rows.getString("state")), rows.getInt("applications"));
			});
		String country = info.iclcCountryCode() == null ? null
				: referenceData.country(info.iclcCountryCode(), locale).map(found -> found.name()).orElse(null);
		return new CycleView(info, country, criteriaOf(id, locale), byState, cycle.transitions());
	}

	@Transactional(readOnly = true)
	List<CriterionInfo> criteriaOf(long cycleId, Locale locale) {
		return criteria.findByCycleIdOrderByPosition(cycleId)
			.stream()
			.map(criterion -> criterion.info(locale))
			.toList();
	}

	/**
	 * The settings form of a new cycle: the year after the latest, two nominations per
	 * country.
	 */
	@Transactional(readOnly = true)
	CycleForm newCycleForm() {
		int latest = jdbc.sql("select coalesce(max(year), 2024) from award_cycle").query(Integer.class).single();
		int year = Math.min(2100, Math.max(latest + 1, LocalDate.now(clock).getYear()));
		return new CycleForm(0L, year, title(year, Locale.ENGLISH), title(year, Locale.FRENCH),
				title(year, Locale.forLanguageTag("es")), title(year, Locale.forLanguageTag("ar")), null, null, null,
				null, null, null, CycleForm.DEFAULT_QUOTA, CycleForm.DEFAULT_AWARDS, null, null, null);
	}

	@Transactional(readOnly = true)
	CycleForm form(long id) {
		return CycleForm.of(load(id));
	}

	@Transactional(readOnly = true)
	boolean yearTaken(int year) {
		return cycles.findByYear(year).isPresent();
	}

	@Transactional(readOnly = true)
	CriterionForm criterionForm(long cycleId, long criterionId) {
		AwardCycle cycle = load(cycleId);
		return CriterionForm.of(criterion(cycleId, criterionId), cycle.version());
	}

	@Transactional(readOnly = true)
	long version(long cycleId) {
		return load(cycleId).version();
	}

	// Settings
	// -----------------------------------------------------------------------------------

	/**
	 * Plans a new cycle with the criteria of the latest cycle that has criteria (the 2024
	 * call's eight at first), ready to be adjusted before the call opens.
	 */
	long create(CycleForm form, PortalUser admin) {
		AwardRoles.requireAdmin(admin);
		if (yearTaken(form.year())) {
			throw new RefusedActionException("award.nomination.cycle.yearTaken", String.valueOf(form.year()));
		}
		requireKnownCountry(form.iclcCountryCode());
		AwardCycle cycle = cycles.saveAndFlush(AwardCycle.plan(form.year(), form.settings(), Actor.of(admin), now()));
		Optional<Long> template = jdbc.sql("""
				select c.id from award_cycle c
				where c.id <> :cycle and exists (select 1 from award_criterion k where k.cycle_id = c.id)
				order by c.year desc
				limit 1
				""").param("cycle", cycle.id()).query(Long.class).optional();
		template.ifPresent(templateId -> criteria.findByCycleIdOrderByPosition(templateId)
			.forEach(criterion -> criteria.save(criterion.copyFor(cycle.id()))));
		return cycle.id();
	}

	/**
	 * Corrects the settings; refused if someone else saved the cycle since the form was
	 * opened.
	 */
	void change(long id, CycleForm form, PortalUser admin) {
		AwardRoles.requireAdmin(admin);
		AwardCycle cycle = load(id);
		StaleEditException.check(form.version(), cycle.version(), "The Award cycle");
		requireKnownCountry(form.iclcCountryCode());
		cycle.change(form.settings());
		cycles.saveAndFlush(cycle);
	}

	// Criteria
	// -----------------------------------------------------------------------------------

	void addCriterion(long cycleId, CriterionForm form, PortalUser admin) {
		lockForCriteria(cycleId, form.cycleVersion(), admin);
		int position = (int) criteria.countByCycleId(cycleId) + 1;
		criteria.save(new Criterion(cycleId, position, form.texts(), form.weight(), form.scaleMax(), form.wordLimit()));
	}

	void changeCriterion(long cycleId, long criterionId, CriterionForm form, PortalUser admin) {
		lockForCriteria(cycleId, form.cycleVersion(), admin);
		criterion(cycleId, criterionId).change(form.texts(), form.weight(), form.scaleMax(), form.wordLimit());
	}

	/** Removes a criterion; those after it move up one place. */
	void removeCriterion(long cycleId, long criterionId, long cycleVersion, PortalUser admin) {
		lockForCriteria(cycleId, cycleVersion, admin);
		Criterion removed = criterion(cycleId, criterionId);
		criteria.delete(removed);
		int position = 1;
		for (Criterion criterion : criteria.findByCycleIdOrderByPosition(cycleId)) {
			if (!criterion.id().equals(removed.id())) {
				criterion.moveTo(position++);
			}
		}
	}

	/** Swaps a criterion with its neighbour above (up) or below. */
	void moveCriterion(long cycleId, long criterionId, boolean up, long cycleVersion, PortalUser admin) {
		lockForCriteria(cycleId, cycleVersion, admin);
		List<Criterion> ordered = new ArrayList<>(criteria.findByCycleIdOrderByPosition(cycleId));
		int index = -1;
		for (int i = 0; i < ordered.size(); i++) {
			if (ordered.get(i).id() == criterionId) {
				index = i;
			}
		}
		if (index < 0) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		int other = up ? index - 1 : index + 1;
		if (other < 0 || other >= ordered.size()) {
			return;
		}
		Criterion moving = ordered.get(index);
		Criterion neighbour = ordered.get(other);
		int position = moving.position();
		moving.moveTo(neighbour.position());
		neighbour.moveTo(position);
	}

	/**
	 * The cycle, locked, for a change of its criteria: only while it is planned (cities
	 * write against the criteria from the moment the call opens), and only from the
	 * version the administrator saw. The change counts as a change of the cycle (its
	 * version moves on).
	 */
	private AwardCycle lockForCriteria(long cycleId, long versionSeen, PortalUser admin) {
		AwardRoles.requireAdmin(admin);
		AwardCycle cycle = cycles.lockById(cycleId);
		if (cycle.state() != CycleState.PLANNED) {
			throw new RefusedActionException("award.nomination.criteria.frozen");
		}
		StaleEditException.check(versionSeen, cycle.version(), "The criteria of the Award cycle");
		entityManager.lock(cycle, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
		return cycle;
	}

	// Helpers
	// ------------------------------------------------------------------------------------

	private AwardCycle load(long id) {
		return cycles.getById(id);
	}

	private Criterion criterion(long cycleId, long criterionId) {
		return criteria.findById(criterionId)
			.filter(criterion -> criterion.cycleId() == cycleId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private void requireKnownCountry(@Nullable String countryCode) {
		if (countryCode != null && !countryCode.isBlank()
				&& referenceData.country(countryCode.strip(), Locale.ENGLISH).isEmpty()) {
			throw new RefusedActionException("award.nomination.cycle.unknownCountry");
		}
	}

	private String title(int year, Locale locale) {
		return messages.getMessage("award.nomination.cycle.defaultTitle", new Object[] { String.valueOf(year) },
				locale);
	}

	private Instant now() {
		return clock.instant();
	}

}
