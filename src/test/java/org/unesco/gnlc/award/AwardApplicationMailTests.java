package org.unesco.gnlc.award;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.unesco.gnlc.PortalTest;
import org.unesco.gnlc.account.Accounts;
import org.unesco.gnlc.city.CityInfo;
import org.unesco.gnlc.notification.CapturesMail;
import org.unesco.gnlc.notification.MailCapture;
import org.unesco.gnlc.shared.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unesco.gnlc.award.AwardApplicationSupport.officialOf;

/**
 * Every change of an Award application tells the right people, each in their own
 * language: the National Commission and the city on submission, the city (and UIL's
 * administrators) on nomination, the city on the National Commission's refusal, the
 * National Commission on a withdrawal; the city learns UIL's and the jury's decision only
 * when the recipients are published.
 */
@PortalTest
@CapturesMail
class AwardApplicationMailTests {

	// The outbox is shared by every test of the run: it may still be delivering their
	// mail first.
	static final Duration PATIENCE = Duration.ofSeconds(90);

	@Autowired
	MockMvc mvc;

	@Autowired
	AwardFixtures fixtures;

	@Autowired
	AwardApplicationSupport support;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	record People(CityInfo city, String official, String endorser) {
	}

	/**
	 * A member city of a country with one official (in the language given) and one
	 * endorser of its own.
	 */
	People people(String countryCode, String officialLanguage) {
		CityInfo city = fixtures.memberCity(countryCode);
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String official = "award-official-" + suffix + "@test.example";
		String endorser = "award-endorser-" + suffix + "@test.example";
		accounts.createIfAbsent(official, "a long enough password 2026", "Official " + suffix, Role.CITY_OFFICIAL,
				city.id(), countryCode);
		accounts.createIfAbsent(endorser, "a long enough password 2026", "Endorser " + suffix, Role.NATCOM_ENDORSER,
				null, countryCode);
		jdbc.sql("update account set preferred_language = :language where email = :email")
			.param("language", officialLanguage)
			.param("email", official)
			.update();
		return new People(city, official, endorser);
	}

	@Test
	void onSubmissionTheNationalCommissionAndTheCityAreToldEachInTheirLanguage() throws Exception {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		People people = people("NZ", "fr");
		long id = support.submitted(mvc, officialOf(people.city()), cycle);
		assertThat(support.state(id)).isEqualTo("SUBMITTED");

		MimeMessage toEndorser = awaitMail(people.endorser(), "submitted its application");
		assertThat(MailCapture.subject(toEndorser))
			.isEqualTo("Award " + cycle.year() + ": " + people.city().name() + " submitted its application");
		assertThat(MailCapture.linkPath(toEndorser)).isEqualTo("/award/applications/" + id);
		assertThat(MailCapture.text(toEndorser)).containsPattern("LCA-" + cycle.year() + "-\\d{4}");
		MimeMessage toCity = awaitMail(people.official(), "a soumis sa candidature");
		assertThat(MailCapture.subject(toCity)).startsWith("Prix " + cycle.year() + "\u00a0:");
	}

	@Test
	void aNominationTellsTheCityAndUilsAdministrators() {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		People people = people("NZ", "es");
		fixtures.application(cycle, people.city(), ApplicationState.NOMINATED);
		awaitMail(people.official(), people.city().name() + " es candidata");
		awaitMail("admin@demo.example", people.city().name() + " is nominated");
	}

	@Test
	void theNationalCommissionsRefusalTellsTheCityAndAWithdrawalAfterSubmissionTellsTheNationalCommission() {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		People notNominated = people("ZA", "en");
		People withdrawn = people("ZA", "en");
		fixtures.application(cycle, notNominated.city(), ApplicationState.NOT_NOMINATED);
		fixtures.application(cycle, withdrawn.city(), ApplicationState.WITHDRAWN);

		assertThat(MailCapture.text(awaitMail(notNominated.official(), " is not nominated")))
			.contains("Fixture reason");
		awaitMail(withdrawn.endorser(), withdrawn.city().name() + " withdrew its application");
		assertThat(subjects(withdrawn.official())).noneMatch(subject -> subject.contains("withdrew"));
	}

	@Test
	void theShortlistAndTheJurysSelectionTellTheCityNothingUntilTheRecipientsArePublished() {
		AwardCycle cycle = fixtures.cycle(CycleState.OPEN);
		People notShortlisted = people("ZA", "en");
		People awarded = people("ZA", "es");
		People notAwarded = people("ZA", "en");
		fixtures.application(cycle, notShortlisted.city(), ApplicationState.NOT_SHORTLISTED);
		fixtures.application(cycle, awarded.city(), ApplicationState.AWARDED);
		fixtures.application(cycle, notAwarded.city(), ApplicationState.NOT_AWARDED);
		awaitMail(notAwarded.official(), notAwarded.city().name() + " is nominated");
		fixtures.advance(cycle, CycleState.JURY);

		fixtures.advance(cycle, CycleState.PUBLISHED);
		MimeMessage result = awaitMail(awarded.official(), awarded.city().name() + " recibe el Premio");
		assertThat(MailCapture.text(result)).contains("se publicaron las ciudades galardonadas");
		assertThat(MailCapture.linkPath(awaitMail(notAwarded.official(), "the recipients are published")))
			.startsWith("/award/applications/");
		assertThat(MailCapture.text(awaitMail(notShortlisted.official(), "the recipients are published")))
			.contains(notShortlisted.city().name() + " is not among them")
			.doesNotContain("shortlist")
			.doesNotContain("jury");
		// Between the nomination and the publication, nothing about UIL's review or the
		// jury.
		for (People people : List.of(notShortlisted, notAwarded)) {
			assertThat(subjects(people.official())).hasSize(3)
				.noneMatch(subject -> subject.contains("shortlist") || subject.contains("jury"));
		}
	}

	private static MimeMessage awaitMail(String email, String subjectPart) {
		Awaitility.await()
			.atMost(PATIENCE)
			.until(() -> subjects(email).stream().anyMatch(subject -> subject.contains(subjectPart)));
		return MailCapture.to(email)
			.stream()
			.filter(message -> MailCapture.subject(message).contains(subjectPart))
			.findFirst()
			.orElseThrow();
	}

	private static List<String> subjects(String email) {
		return MailCapture.to(email).stream().map(MailCapture::subject).toList();
	}

}
