package org.unesco.gnlc.membership;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
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
import org.unesco.gnlc.shared.files.FileKind;
import org.unesco.gnlc.shared.files.UploadedFiles;
import org.unesco.gnlc.shared.numbering.ReferenceNumbers;
import org.unesco.gnlc.shared.security.Actor;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.security.Role;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Membership data for tests, built through the aggregate itself: a city new to the
 * portal, its application with every section answered, moved to any state by the
 * transitions the services use; and the people of the scope (the city's official, the
 * endorser of a country).
 *
 * <p>
 * Endorsed applications count against their country's limit in the open call: tests that
 * endorse through the National Commission's route (PE, UY) use other countries for
 * fixtures.
 */
@Component
class MembershipFixtures {

	static final Actor OFFICIAL = new Actor(0, "Fixture official", Role.CITY_OFFICIAL);

	static final Actor ENDORSER = new Actor(0, "Fixture endorser", Role.NATCOM_ENDORSER);

	static final Actor UIL = new Actor(0, "Fixture UIL", Role.UIL_REVIEWER);

	/** The smallest PDF a scan may be. */
	static final byte[] SCAN = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	private static final AtomicInteger CITIES = new AtomicInteger();

	/** A city applying, and the application the fixture made for it. */
	record Applicant(long cityId, String name, String countryCode, long applicationId) {

		RequestPostProcessor official() {
			return user(officialOf(cityId, name, countryCode));
		}

	}

	private final MembershipApplicationRepository applications;

	private final MembershipCallRepository calls;

	private final Cities cities;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final ReferenceNumbers referenceNumbers;

	private final ApplicationDocuments documents;

	private final UploadedFiles uploads;

	private final Clock clock;

	MembershipFixtures(MembershipApplicationRepository applications, MembershipCallRepository calls, Cities cities,
			JdbcClient jdbc, TransactionTemplate transactions, ReferenceNumbers referenceNumbers,
			ApplicationDocuments documents, UploadedFiles uploads, Clock clock) {
		this.documents = documents;
		this.uploads = uploads;
		this.applications = applications;
		this.calls = calls;
		this.cities = cities;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.referenceNumbers = referenceNumbers;
		this.clock = clock;
	}

	/**
	 * A city of that country new to the portal, without an application yet (its id 0).
	 */
	Applicant newCity(String countryCode) {
		CityInfo city = register(countryCode);
		return new Applicant(city.id(), city.name(), countryCode, 0);
	}

	/**
	 * A city of that country new to the portal, with a complete application in that
	 * state.
	 */
	Applicant applicationIn(String countryCode, ApplicationState state) {
		CityInfo city = register(countryCode);
		long id = transactions.execute(status -> {
			MembershipApplication application = applications
				.save(MembershipApplication.start(city.id(), city.name(), countryCode, OFFICIAL, clock.instant()));
			answerEverything(application);
			moveTo(application, state);
			return applications.save(application).id();
		});
		return new Applicant(city.id(), city.name(), countryCode, id);
	}

	private CityInfo register(String countryCode) {
		return cities.findOrRegister(
				"Fixtureville " + countryCode + " " + CITIES.incrementAndGet() + " " + System.nanoTime(), countryCode);
	}

	static PortalUser officialOf(long cityId, String name, String countryCode) {
		return new PortalUser(100_000 + cityId, "official" + cityId + "@test.example", "", "Official of " + name,
				Role.CITY_OFFICIAL, cityId, countryCode, "en", true);
	}

	static RequestPostProcessor endorserOf(String countryCode) {
		return user(new PortalUser(200_000 + countryCode.hashCode(), "natcom." + countryCode + "@test.example", "",
				"Endorser " + countryCode, Role.NATCOM_ENDORSER, null, countryCode, "en", true));
	}

	/** The latest document of the application: for a submitted one, its signed form. */
	long latestDocument(long applicationId) {
		return jdbc.sql("select max(id) from membership_document where application_id = :id")
			.param("id", applicationId)
			.query(Long.class)
			.single();
	}

	String state(long id) {
		return jdbc.sql("select state from membership_application where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	private void answerEverything(MembershipApplication application) {
		Map<Long, Integer> ratings = new HashMap<>();
		List<Long> challenges = jdbc.sql("select id from membership_challenge where active").query(Long.class).list();
		challenges.forEach(challenge -> ratings.put(challenge, 4));
		for (Section section : Section.values()) {
			application.saveSection(section, application.sectionVersion(section), true, OFFICIAL, clock.instant(),
					() -> {
						switch (section) {
							case CITY ->
								application.answerCity(new CityDetails(application.cityName(), "https://city.example"));
							case MAYOR -> application.answerMayor(new Mayor("Ms", "Ana Example", "Mayor"));
							case CONTACT ->
								application.answerContact(new ContactPerson("Luis Example", "Head of Learning",
										"City Hall", "Main Square 1", "+51 1 234 5678", "learning@city.example", "en"));
							case PLEDGE -> application.answerPledge(new Pledge(true, true));
							case PROFILE -> application.answerProfile(new CityProfile(250_000L, 2024,
									new BigDecimal("120.5"), 2024, new BigDecimal("9000"), 2023, new BigDecimal("7000"),
									2023, new BigDecimal("9.5"), 2022, new BigDecimal("9.8"), 2022));
							case MOTIVATION -> application.answerMotivation("To learn with other cities.");
							case IMPLEMENTATION -> application.answerImplementation(
									new Implementation("A lifelong learning council.", "https://city.example/plan"));
							case CHALLENGES -> application.answerChallenges(ratings);
						}
					});
		}
	}

	private void moveTo(MembershipApplication application, ApplicationState state) {
		if (state == ApplicationState.DRAFT) {
			return;
		}
		CheckedFile scan = uploads.check(new MockMultipartFile("file", "signed.pdf", "application/pdf", SCAN),
				FileKind.SCANS);
		documents.store(application.id(), ApplicationDocuments.Kind.SIGNED_FORM, scan, application.dataFingerprint(),
				clock.instant(), "Fixture official");
		LocalDate today = LocalDate.now(clock);
		MembershipCall call = calls.openOn(today).stream().findFirst().orElseThrow();
		application.submit(call, application.dataFingerprint(), today,
				referenceNumbers.next(MembershipApplications.REFERENCES, today.getYear()), OFFICIAL, clock.instant());
		switch (state) {
			case SUBMITTED -> {
			}
			case RETURNED -> application.returnForChanges(ENDORSER, "Please add the census year.", clock.instant());
			case NOT_ENDORSED -> application.decline(ENDORSER, "Not this year.", clock.instant());
			case WITHDRAWN -> application.withdraw(OFFICIAL, "We apply later.", clock.instant());
			default -> {
				application.endorse(ENDORSER, "Supported.", clock.instant());
				if (state != ApplicationState.ENDORSED) {
					application.recordRecommendation(Recommendation.RECOMMENDED, null, UIL, clock.instant());
					if (state == ApplicationState.APPROVED) {
						application.approve(UIL, null, clock.instant());
					}
					else {
						application.reject(UIL, "Not yet.", clock.instant());
					}
				}
			}
		}
	}

}
