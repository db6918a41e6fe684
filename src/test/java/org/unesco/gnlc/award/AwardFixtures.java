package org.unesco.gnlc.award;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.unesco.gnlc.city.Cities;
import org.unesco.gnlc.city.CityInfo;
import org.unesco.gnlc.shared.numbering.ReferenceNumbers;
import org.unesco.gnlc.shared.security.Actor;
import org.unesco.gnlc.shared.security.Role;

/**
 * Award data for tests, built through the aggregates themselves: a cycle of its own (a
 * year no other test uses) with the default criteria, member cities of a chosen country,
 * and applications moved to any state by the same transitions the services use.
 */
@Component
public class AwardFixtures {

	static final Actor OFFICIAL = new Actor(0, "Fixture official", Role.CITY_OFFICIAL);

	static final Actor ENDORSER = new Actor(0, "Fixture endorser", Role.NATCOM_ENDORSER);

	static final Actor UIL = new Actor(0, "Fixture UIL", Role.UIL_ADMIN);

	private final AwardCycleRepository cycles;

	private final CriterionRepository criteria;

	private final AwardApplicationRepository applications;

	private final Cities cities;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final ReferenceNumbers referenceNumbers;

	private final Clock clock;

	AwardFixtures(AwardCycleRepository cycles, CriterionRepository criteria, AwardApplicationRepository applications,
			Cities cities, JdbcClient jdbc, TransactionTemplate transactions, ReferenceNumbers referenceNumbers,
			Clock clock) {
		this.cycles = cycles;
		this.criteria = criteria;
		this.applications = applications;
		this.cities = cities;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.referenceNumbers = referenceNumbers;
		this.clock = clock;
	}

	/**
	 * A new cycle in the given phase whose call is open today, with the 2024 criteria.
	 */
	public AwardCycle cycle(CycleState phase) {
		AwardCycle planned = transactions.execute(status -> {
			int year = jdbc.sql("select greatest(max(year) + 1, 3000) from award_cycle").query(Integer.class).single();
			LocalDate today = LocalDate.now(clock);
			AwardCycle cycle = AwardCycle.plan(year,
					new AwardCycle.Settings("Test Award " + year, "Prix test " + year, "Premio de prueba " + year, null,
							2, 3, null, null, null, today.minusDays(10), today.plusDays(20), today.plusDays(40),
							today.plusDays(60), today.plusDays(80), today.plusDays(100)),
					UIL, now());
			cycles.saveAndFlush(cycle);
			AwardCycle template = cycles.findByYear(2024).orElseThrow();
			for (Criterion criterion : criteria.findByCycleIdOrderByPosition(template.id())) {
				criteria.save(criterion.copyFor(cycle.id()));
			}
			return cycle;
		});
		return advance(planned, phase);
	}

	/** A cycle as tests of other packages know it. */
	public record CycleRef(long id, int year) {
	}

	/**
	 * A new cycle with an open call, for tests outside this package (browser journeys).
	 */
	public CycleRef openCycle() {
		AwardCycle cycle = cycle(CycleState.OPEN);
		return new CycleRef(cycle.id(), cycle.year());
	}

	/** The city's draft application in a new open cycle (for browser journeys). */
	public long draftApplication(CityInfo city) {
		return application(cycle(CycleState.OPEN), city, ApplicationState.DRAFT).id();
	}

	/**
	 * The city's application in a new open cycle, submitted to its National Commission
	 * (for browser journeys).
	 */
	public long submittedApplication(CityInfo city) {
		return application(cycle(CycleState.OPEN), city, ApplicationState.SUBMITTED).id();
	}

	/**
	 * The city's application in a new open cycle, nominated and shortlisted by UIL (for
	 * browser journeys).
	 */
	public long shortlistedApplication(CityInfo city) {
		return application(cycle(CycleState.OPEN), city, ApplicationState.SHORTLISTED).id();
	}

	/**
	 * A new cycle with an open call and this many applications of new Finnish member
	 * cities, in the given states in turn (for lists and statement counts).
	 */
	public AwardCycle openCycleWith(int applications, ApplicationState... states) {
		AwardCycle cycle = cycle(CycleState.OPEN);
		for (int i = 0; i < applications; i++) {
			application(cycle, memberCity("FI"), states[i % states.length]);
		}
		return cycle;
	}

	/**
	 * Moves the cycle forward to the phase by the aggregate's own steps (nothing else
	 * changes: applications keep their states). Make a cycle's applications while it is
	 * OPEN, then advance it.
	 */
	public AwardCycle advance(AwardCycle cycle, CycleState phase) {
		return transactions.execute(status -> {
			AwardCycle current = cycles.findById(cycle.id()).orElseThrow();
			if (current.state() == CycleState.PLANNED && phase.ordinal() >= CycleState.OPEN.ordinal()) {
				current.open(8, UIL, now());
			}
			if (current.state() == CycleState.OPEN && phase.ordinal() >= CycleState.REVIEW.ordinal()) {
				current.closeNominations(UIL, now());
			}
			if (current.state() == CycleState.REVIEW && phase.ordinal() >= CycleState.JURY.ordinal()) {
				current.conveneJury(UIL, now());
			}
			if (current.state() == CycleState.JURY && phase == CycleState.PUBLISHED) {
				current.publish("Fixture rationale", UIL, now());
			}
			return cycles.saveAndFlush(current);
		});
	}

	/**
	 * A city of the country that joined the network five years ago, with a name no other
	 * test uses.
	 */
	public CityInfo memberCity(String countryCode) {
		CityInfo city = cities.findOrRegister("Fixture city " + UUID.randomUUID().toString().substring(0, 8),
				countryCode);
		return cities.admit(city.id(), LocalDate.now(clock).minusYears(5));
	}

	/**
	 * An application of the city in the cycle, moved to the state through the aggregate's
	 * transitions: complete, signed and with consent when submitted. Changing the cycle's
	 * phase is up to the caller (a NOMINATED application may be made in an OPEN cycle).
	 */
	public AwardApplication application(AwardCycle cycle, CityInfo city, ApplicationState state) {
		return transactions.execute(status -> {
			AwardApplication application = AwardApplication.start(cycle.id(), cycle.year(), city.id(),
					city.countryCode(),
					new CityProfile("Mayor of " + city.name(), "Mayor", "Contact person", "Officer",
							"contact@example.org", "+1 555 0100", 100_000L, "Learning for all in " + city.name()),
					OFFICIAL, now());
			applications.saveAndFlush(application);
			if (state == ApplicationState.DRAFT) {
				return application;
			}
			List<Long> criterionIds = criteria.findByCycleIdOrderByPosition(cycle.id())
				.stream()
				.map(Criterion::id)
				.toList();
			application.saveSection(AwardApplication.PROFILE_SECTION, 0, true, OFFICIAL, now(), () -> {
			});
			for (Long criterionId : criterionIds) {
				application.saveSection(AwardApplication.criterionSection(criterionId), 0, true, OFFICIAL, now(),
						() -> application.answer(criterionId,
								"What " + city.name() + " did for criterion " + criterionId));
			}
			application.submit(cycles.findById(cycle.id()).orElseThrow(), criterionIds, application.dataFingerprint(),
					true, LocalDate.now(clock), referenceNumbers.next(AwardApplications.REFERENCES, cycle.year()),
					OFFICIAL, now());
			switch (state) {
				case SUBMITTED -> {
				}
				case WITHDRAWN -> application.withdraw(OFFICIAL, "Fixture withdrawal", now());
				case NOT_NOMINATED -> application.decline("Fixture reason", ENDORSER, now());
				default -> {
					application.nominate("Fixture nomination note", ENDORSER, now());
					if (state == ApplicationState.NOT_SHORTLISTED) {
						application.leaveOffShortlist(UIL, null, now());
					}
					else if (state != ApplicationState.NOMINATED) {
						application.shortlist(UIL, null, now());
						if (state == ApplicationState.AWARDED) {
							application.award(UIL, null, now());
						}
						else if (state == ApplicationState.NOT_AWARDED) {
							application.notAward(UIL, null, now());
						}
					}
				}
			}
			return applications.saveAndFlush(application);
		});
	}

	private Instant now() {
		return clock.instant();
	}

	/**
	 * A cycle whose jury has voted, as tests of other packages know it: UIL may record
	 * the selection.
	 */
	public record VotedCycle(int year, long applicationId, String cityName) {
	}

	/**
	 * A cycle in the jury phase with one shortlisted city of the country, whose one juror
	 * (this account, seated and voting directly in the tables) chose it: UIL records the
	 * selection next.
	 */
	public VotedCycle votedCycle(long jurorAccountId, String cityCountry) {
		AwardCycle cycle = cycle(CycleState.OPEN);
		CityInfo city = memberCity(cityCountry);
		AwardApplication application = application(cycle, city, ApplicationState.SHORTLISTED);
		AwardCycle jury = advance(cycle, CycleState.JURY);
		jdbc.sql("insert into award_juror (cycle_id, account_id, added_at, added_by) values (?, ?, now(), 'Fixture')")
			.params(jury.id(), jurorAccountId)
			.update();
		long ballot = jdbc
			.sql("insert into award_ballot (cycle_id, juror_id, cast_at) values (?, ?, now()) returning id")
			.params(jury.id(), jurorAccountId)
			.query(Long.class)
			.single();
		jdbc.sql("insert into award_ballot_choice (ballot_id, application_id) values (?, ?)")
			.params(ballot, application.id())
			.update();
		return new VotedCycle(jury.year(), application.id(), city.name());
	}

}
