package org.unesco.gnlc.membership;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.unesco.gnlc.city.Cities;
import org.unesco.gnlc.city.CityInfo;
import org.unesco.gnlc.membership.ApplicationData.CityDetails;
import org.unesco.gnlc.membership.ApplicationData.CityProfile;
import org.unesco.gnlc.membership.ApplicationData.ContactPerson;
import org.unesco.gnlc.membership.ApplicationData.Implementation;
import org.unesco.gnlc.membership.ApplicationData.Mayor;
import org.unesco.gnlc.membership.ApplicationData.Pledge;
import org.unesco.gnlc.membership.MembershipApplication.Recommendation;
import org.unesco.gnlc.shared.files.CheckedFile;
import org.unesco.gnlc.shared.numbering.ReferenceNumbers;
import java.util.function.Consumer;

import lombok.RequiredArgsConstructor;

import static org.unesco.gnlc.shared.security.DemoActors.ENDORSER;
import static org.unesco.gnlc.shared.security.DemoActors.OFFICIAL;
import static org.unesco.gnlc.shared.security.DemoActors.REVIEWER;

/**
 * A current call and sample applications in every state, from several countries, so that
 * each demo account finds work: the Mexico endorser has applications to endorse, the UIL
 * reviewer endorsed ones to decide. The cities are invented for the demo, not real
 * applicants.
 */
@Component
@Profile("demo & !prod")
@Order(20)
@RequiredArgsConstructor
class MembershipDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(MembershipDemoData.class);

	private final MembershipCallRepository calls;

	private final MembershipApplicationRepository applications;

	private final ChallengeRepository challenges;

	private final ApplicationDocuments documents;

	private final ReferenceNumbers referenceNumbers;

	private final Cities cities;

	private final Clock clock;

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		LocalDate today = LocalDate.now(clock);
		if (!calls.openOn(today).isEmpty()) {
			return;
		}
		MembershipCall call = calls.save(new MembershipCall("Membership call " + today.getYear() + " (demo)",
				today.minusDays(20), today.plusDays(40), today.plusDays(70), MembershipCall.DEFAULT_PER_COUNTRY_LIMIT));
		record Sample(String city, String country, ApplicationState state) {
		}
		List<Sample> samples = List.of(new Sample("Puebla", "MX", ApplicationState.SUBMITTED),
				new Sample("Mérida", "MX", ApplicationState.SUBMITTED),
				new Sample("León", "MX", ApplicationState.ENDORSED),
				new Sample("Oaxaca de Juárez", "MX", ApplicationState.DRAFT),
				new Sample("Curitiba", "BR", ApplicationState.ENDORSED),
				new Sample("Manizales", "CO", ApplicationState.ENDORSED),
				new Sample("Kisumu", "KE", ApplicationState.SUBMITTED),
				new Sample("Tampere", "FI", ApplicationState.RETURNED),
				new Sample("Leipzig", "DE", ApplicationState.NOT_ENDORSED),
				new Sample("Chefchaouen", "MA", ApplicationState.APPROVED),
				new Sample("Da Nang", "VN", ApplicationState.REJECTED),
				new Sample("Valparaíso", "CL", ApplicationState.WITHDRAWN));
		for (Sample sample : samples) {
			CityInfo city = cities.findOrRegister(sample.city(), sample.country());
			if (city.isMember() || applications.findByCityInStates(city.id(), ApplicationState.OPEN).isPresent()) {
				continue;
			}
			create(call, city, sample.state(), today);
		}
		log.info("Opened the demo membership call '{}' with {} sample applications", call.title(), samples.size());
	}

	private void create(MembershipCall call, CityInfo city, ApplicationState target, LocalDate today) {
		Instant start = clock.instant().minus(15, ChronoUnit.DAYS);
		MembershipApplication application = MembershipApplication.start(city.id(), city.name(), city.countryCode(),
				OFFICIAL, start);
		fill(application, city, start);
		applications.save(application);
		if (target == ApplicationState.DRAFT) {
			return;
		}
		documents.store(application.id(), ApplicationDocuments.Kind.SIGNED_FORM,
				CheckedFile.demoScan("signed-form.pdf"), application.dataFingerprint(), start.plus(1, ChronoUnit.DAYS),
				OFFICIAL.name());
		Instant submitted = start.plus(2, ChronoUnit.DAYS);
		application.submit(call, application.dataFingerprint(), today,
				referenceNumbers.next(MembershipApplications.REFERENCES, today.getYear()), OFFICIAL, submitted);
		Instant later = submitted.plus(3, ChronoUnit.DAYS);
		switch (target) {
			case RETURNED -> application.returnForChanges(ENDORSER,
					"Please give the figures of the latest census and the source of the GDP figure.", later);
			case NOT_ENDORSED -> application.decline(ENDORSER,
					"The city's lifelong learning strategy is still being prepared; we suggest applying next year.",
					later);
			case ENDORSED, APPROVED, REJECTED -> {
				application.endorse(ENDORSER, "The National Commission supports this application.", later);
				if (target != ApplicationState.ENDORSED) {
					application.recordRecommendation(
							target == ApplicationState.APPROVED ? Recommendation.RECOMMENDED
									: Recommendation.NOT_RECOMMENDED,
							"Demo recommendation of the expert group.", REVIEWER, later.plus(2, ChronoUnit.DAYS));
				}
				if (target == ApplicationState.APPROVED) {
					application.approve(REVIEWER, null, later.plus(3, ChronoUnit.DAYS));
					cities.admit(city.id(), today.minusDays(5));
				}
				if (target == ApplicationState.REJECTED) {
					application.reject(REVIEWER, "The application does not yet show a learning city strategy.",
							later.plus(3, ChronoUnit.DAYS));
				}
			}
			case WITHDRAWN -> application.withdraw(OFFICIAL, "The new city council will apply next year.", later);
			default -> {
			}
		}
		applications.save(application);
	}

	private void fill(MembershipApplication application, CityInfo city, Instant at) {
		Map<Long, Integer> ratings = new HashMap<>();
		challenges.findByActiveTrueOrderByPosition()
			.forEach(challenge -> ratings.put(challenge.id(), 1 + (int) ((challenge.id() + city.id()) % 5)));
		String slug = city.slug();
		List<SectionAnswer> answers = List.of(
				answer(Section.CITY,
						a -> a.answerCity(new CityDetails(city.name(), "https://www." + slug + ".example"))),
				answer(Section.MAYOR,
						a -> a.answerMayor(new Mayor("Ms", "Demo Mayor of " + city.name(), "Mayor of " + city.name()))),
				answer(Section.CONTACT,
						a -> a.answerContact(new ContactPerson("Demo Contact", "Head of Lifelong Learning",
								"City of " + city.name(), "City Hall, " + city.name(), "+00 000 000 000",
								"learning@" + slug + ".example", "en"))),
				answer(Section.PLEDGE, a -> a.answerPledge(new Pledge(true, true))),
				answer(Section.PROFILE,
						a -> a.answerProfile(new CityProfile(450_000L + city.id() * 1_000, 2024,
								new BigDecimal("310.50"), 2024, new BigDecimal("15400"), 2023, new BigDecimal("11200"),
								2023, new BigDecimal("10.4"), 2022, new BigDecimal("10.9"), 2022))),
				answer(Section.MOTIVATION, a -> a.answerMotivation("Our city wants to learn from other learning cities "
						+ "and share its community learning centres, libraries and adult education programmes.")),
				answer(Section.IMPLEMENTATION, a -> a.answerImplementation(new Implementation(
						"A lifelong learning council brings together the city, universities, employers and civil "
								+ "society. An annual learning festival opens learning to every neighbourhood.",
						"https://www." + slug + ".example/learning-city"))),
				answer(Section.CHALLENGES, a -> a.answerChallenges(ratings)));
		for (SectionAnswer answer : answers) {
			application.saveSection(answer.section(), 0, true, OFFICIAL, at, () -> answer.applyTo(application));
		}
	}

	private static SectionAnswer answer(Section section, Consumer<MembershipApplication> change) {
		return new SectionAnswer() {
			@Override
			public Section section() {
				return section;
			}

			@Override
			public long version() {
				return 0;
			}

			@Override
			public void applyTo(MembershipApplication application) {
				change.accept(application);
			}
		};
	}

}
