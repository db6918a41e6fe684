package org.unesco.gnlc.award;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.unesco.gnlc.account.AccountInfo;
import org.unesco.gnlc.account.Accounts;
import org.unesco.gnlc.city.Cities;
import org.unesco.gnlc.city.CityInfo;
import org.unesco.gnlc.shared.files.CheckedFile;
import org.unesco.gnlc.shared.numbering.ReferenceNumbers;
import org.unesco.gnlc.shared.security.Role;

import static org.unesco.gnlc.shared.security.DemoActors.ADMIN;
import static org.unesco.gnlc.shared.security.DemoActors.ENDORSER;
import static org.unesco.gnlc.shared.security.DemoActors.OFFICIAL;

/**
 * Two Award cycles at work, so that every demo account finds its task. The 2027 call is
 * open: Melton may apply, the Mexico endorser has Mexico City and Santiago to nominate,
 * and three early nominations wait for the reviewers' scores. The 2026 cycle is with its
 * jury: four jurors have voted and the demo juror (Kenya) casts the last ballot, after
 * which UIL records the selection and publishes. The applicants are member cities of the
 * directory; their answers, scores and votes are invented for the demo.
 */
@Component
@Profile("demo & !prod")
@Order(30)
class AwardDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AwardDemoData.class);

	private final AwardCycleRepository cycles;

	private final CriterionRepository criteria;

	private final AwardApplicationRepository applications;

	private final AwardDocuments documents;

	private final Cities cities;

	private final Accounts accounts;

	private final JdbcClient jdbc;

	private final ReferenceNumbers referenceNumbers;

	private final Clock clock;

	AwardDemoData(AwardCycleRepository cycles, CriterionRepository criteria, AwardApplicationRepository applications,
			AwardDocuments documents, Cities cities, Accounts accounts, JdbcClient jdbc,
			ReferenceNumbers referenceNumbers, Clock clock) {
		this.documents = documents;
		this.cycles = cycles;
		this.criteria = criteria;
		this.applications = applications;
		this.cities = cities;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.referenceNumbers = referenceNumbers;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (cycles.findByYear(2026).isPresent() || cycles.findByYear(2027).isPresent()) {
			return;
		}
		LocalDate today = LocalDate.now(clock);
		List<AccountInfo> reviewers = accounts.activeWithRole(Role.UIL_REVIEWER);
		List<AccountInfo> jurors = accounts.activeWithRole(Role.JURY_MEMBER);

		// The cycle with its jury: reviewed, shortlisted, four of five ballots cast.
		AwardCycle jury = cycle(2026, today.minusDays(200), today.minusDays(150), today.minusDays(120),
				today.minusDays(40), today.plusDays(10), today.plusDays(20), 3);
		Map<String, ApplicationState> juryStage = Map.of("sorocaba", ApplicationState.SHORTLISTED, "bahir-dar",
				ApplicationState.SHORTLISTED, "espoo", ApplicationState.SHORTLISTED, "amman",
				ApplicationState.SHORTLISTED, "balanga", ApplicationState.SHORTLISTED, "swansea",
				ApplicationState.NOMINATED);
		List<AwardApplication> juryApplications = juryStage.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map(entry -> application(jury, entry.getKey(), ApplicationState.NOMINATED, today.minusDays(170)))
			.toList();
		for (AwardApplication application : juryApplications) {
			assign(application, reviewers, true);
		}
		jury.closeNominations(ADMIN, instant(today.minusDays(119)));
		for (AwardApplication application : juryApplications) {
			CityInfo city = cities.byId(application.cityId()).orElseThrow();
			if (juryStage.get(city.slug()) == ApplicationState.SHORTLISTED) {
				application.shortlist(ADMIN, null, instant(today.minusDays(45)));
			}
			else {
				application.leaveOffShortlist(ADMIN, null, instant(today.minusDays(40)));
			}
			applications.save(application);
		}
		jury.conveneJury(ADMIN, instant(today.minusDays(40)));
		cycles.save(jury);
		List<AwardApplication> shortlist = juryApplications.stream()
			.filter(application -> application.state() == ApplicationState.SHORTLISTED)
			.toList();
		int ballot = 0;
		for (AccountInfo juror : jurors) {
			jdbc.sql("insert into award_juror (cycle_id, account_id, added_at, added_by) values (?, ?, ?, ?)")
				.params(jury.id(), juror.id(), Timestamp.from(instant(today.minusDays(60))), ADMIN.name())
				.update();
			if (!"jury@demo.example".equals(juror.email())) {
				castBallot(jury, juror, shortlist, ballot++, today);
			}
		}

		// The open call: Melton may apply; Mexico has two cities to nominate; four
		// nominations to score.
		AwardCycle open = cycle(2027, today.minusDays(30), today.plusDays(30), today.plusDays(60), today.plusDays(120),
				today.plusDays(160), today.plusDays(200), 2);
		application(open, "mexico-city", ApplicationState.SUBMITTED, today.minusDays(12));
		application(open, "santiago", ApplicationState.SUBMITTED, today.minusDays(8));
		application(open, "swansea", ApplicationState.DRAFT, today.minusDays(5));
		// A German nomination: the German demo reviewer has a conflict of interest and
		// sees no more than that.
		for (String slug : List.of("beijing", "namyangju", "ybycui", "gelsenkirchen")) {
			assign(application(open, slug, ApplicationState.NOMINATED, today.minusDays(20)), reviewers, false);
		}
		log.info("Opened the demo Award cycles 2026 (with the jury) and 2027 (call open)");
	}

	private AwardCycle cycle(int year, LocalDate opens, LocalDate cityDeadline, LocalDate nominationDeadline,
			LocalDate reviewDeadline, LocalDate juryDeadline, LocalDate ceremony, int awards) {
		AwardCycle cycle = AwardCycle.plan(year,
				new AwardCycle.Settings("UNESCO Learning City Award " + year + " (demo)",
						"Prix UNESCO de la ville apprenante " + year + " (démo)",
						"Premio UNESCO Ciudad del Aprendizaje " + year + " (demo)",
						"جائزة اليونسكو لمدن التعلّم " + year + " (عرض تجريبي)", 2, awards, null, null, null, opens,
						cityDeadline, nominationDeadline, reviewDeadline, juryDeadline, ceremony),
				ADMIN, instant(opens.minusDays(14)));
		cycles.saveAndFlush(cycle);
		AwardCycle template = cycles.findByYear(2024).orElseThrow();
		List<Criterion> set = criteria.findByCycleIdOrderByPosition(template.id())
			.stream()
			.map(criterion -> criteria.save(criterion.copyFor(cycle.id())))
			.toList();
		cycle.open(set.size(), ADMIN, instant(opens));
		return cycles.saveAndFlush(cycle);
	}

	/**
	 * An application of a member city moved to the state, with its answers and signed
	 * forms.
	 */
	private AwardApplication application(AwardCycle cycle, String slug, ApplicationState target, LocalDate started) {
		CityInfo city = cities.bySlug(slug).orElseThrow();
		Instant at = instant(started);
		AwardApplication application = AwardApplication.start(cycle.id(), cycle.year(), city.id(), city.countryCode(),
				new CityProfile("Demo Mayor of " + city.name(), "Mayor of " + city.name(), "Demo Contact",
						"Head of Lifelong Learning", "learning@" + city.slug() + ".example", "+00 000 000 000", null,
						city.name() + " makes learning part of everyday life in every neighbourhood (demo text)."),
				OFFICIAL, at);
		application.saveSection(AwardApplication.PROFILE_SECTION, 0, target != ApplicationState.DRAFT, OFFICIAL, at,
				() -> {
				});
		List<Criterion> set = criteria.findByCycleIdOrderByPosition(cycle.id());
		for (Criterion criterion : set) {
			if (target == ApplicationState.DRAFT && criterion.position() > 3) {
				break;
			}
			application.saveSection(AwardApplication.criterionSection(criterion.id()), 0,
					target != ApplicationState.DRAFT, OFFICIAL, at, () -> application.answer(criterion.id(),
							city.name() + ": " + criterion.info(Locale.ENGLISH).description() + " (demo answer)"));
		}
		applications.saveAndFlush(application);
		if (target == ApplicationState.DRAFT) {
			return application;
		}
		Instant signed = at.plus(1, ChronoUnit.DAYS);
		documents.store(application.id(), AwardDocuments.Kind.SIGNED_FORM,
				CheckedFile.demoScan("signed-application-form.pdf"), application.dataFingerprint(), signed,
				OFFICIAL.name());
		documents.store(application.id(), AwardDocuments.Kind.CONSENT_FORM,
				CheckedFile.demoScan("signed-consent-form.pdf"), null, signed, OFFICIAL.name());
		Instant submitted = at.plus(2, ChronoUnit.DAYS);
		application.submit(cycle, set.stream().map(Criterion::id).toList(), application.dataFingerprint(), true,
				LocalDate.ofInstant(submitted, clock.getZone()),
				referenceNumbers.next(AwardApplications.REFERENCES, cycle.year()), OFFICIAL, submitted);
		if (target != ApplicationState.SUBMITTED) {
			application.nominate("The National Commission puts " + city.name()
					+ " forward for its city-wide learning festival and its learning neighbourhoods (demo note).",
					ENDORSER, submitted.plus(5, ChronoUnit.DAYS));
		}
		return applications.saveAndFlush(application);
	}

	/**
	 * Assigns the demo reviewers of another country than the city's; with {@code scored},
	 * they have scored every criterion and submitted.
	 */
	private void assign(AwardApplication application, List<AccountInfo> reviewers, boolean scored) {
		List<Criterion> set = criteria.findByCycleIdOrderByPosition(application.cycleId());
		Instant at = application.nominatedAt().plus(1, ChronoUnit.DAYS);
		int offset = 0;
		for (AccountInfo reviewer : reviewers) {
			if (application.countryCode().equals(reviewer.countryCode())) {
				continue;
			}
			jdbc.sql(
					"""
							insert into award_review_assignment (application_id, reviewer_id, assigned_at, assigned_by, submitted_at)
							values (?, ?, ?, ?, ?)
							""")
				.params(application.id(), reviewer.id(), Timestamp.from(at), ADMIN.name(),
						scored ? Timestamp.from(at.plus(9, ChronoUnit.DAYS)) : null)
				.update();
			if (scored) {
				for (Criterion criterion : set) {
					int score = 4 + (int) ((application.cityId() * 7 + criterion.position() * 3 + offset) % 7);
					jdbc.sql(
							"""
									insert into award_score (application_id, reviewer_id, criterion_id, score, comment, scored_at)
									values (?, ?, ?, ?, ?, ?)
									""")
						.params(application.id(), reviewer.id(), criterion.id(), Math.min(score, criterion.scaleMax()),
								"Demo comment on " + criterion.info(Locale.ENGLISH).name().toLowerCase(Locale.ENGLISH),
								Timestamp.from(at.plus(8, ChronoUnit.DAYS)))
						.update();
				}
			}
			offset += 2;
		}
	}

	private void castBallot(AwardCycle cycle, AccountInfo juror, List<AwardApplication> shortlist, int number,
			LocalDate today) {
		long ballot = jdbc.sql("insert into award_ballot (cycle_id, juror_id, cast_at) values (?, ?, ?) returning id")
			.params(cycle.id(), juror.id(), Timestamp.from(instant(today.minusDays(10 - number))))
			.query(Long.class)
			.single();
		List<AwardApplication> eligible = shortlist.stream()
			.filter(application -> !application.countryCode().equals(juror.countryCode()))
			.toList();
		for (int i = 0; i < Math.min(cycle.awardsAvailable(), eligible.size()); i++) {
			AwardApplication choice = eligible.get((number + i) % eligible.size());
			jdbc.sql("insert into award_ballot_choice (ballot_id, application_id) values (?, ?)")
				.params(ballot, choice.id())
				.update();
		}
	}

	private Instant instant(LocalDate date) {
		return date.atTime(10, 0).atZone(clock.getZone()).toInstant();
	}

}
