package org.unesco.gnlc.membership;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.unesco.gnlc.membership.ApplicationData.CityProfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unesco.gnlc.membership.MembershipApplicationTests.NOW;
import static org.unesco.gnlc.membership.MembershipApplicationTests.OFFICIAL;

/**
 * The signed form's fingerprint hashes an explicit, versioned canonical form of the
 * answers (issue 16, point 9): pinned here for a known application, so that a change of
 * what the code calls its fields, or of how records print themselves, cannot void the
 * forms mayors signed.
 */
class SignedAnswersTests {

	static final String CANONICAL = """
			gnlc-membership-answers/1
			city.id=2:42
			city.country=2:PY
			city.name=6:Ybycuí
			city.website=20:https://city.example
			mayor.salutation=2:Ms
			mayor.name=5:Mayor
			mayor.title=5:Mayor
			contact.name=1:C
			contact.title=1:T
			contact.organisation=1:O
			contact.address=1:A
			contact.phone=2:+1
			contact.email=14:c@city.example
			contact.language=2:en
			pledge.beijingDeclaration=4:true
			pledge.keyFeatures=4:true
			profile.population=4:1000
			profile.populationYear=4:2024
			profile.areaKm2=2:10
			profile.areaYear=4:2024
			profile.gdpCityUsd=1:1
			profile.gdpCityYear=4:2024
			profile.gdpCountryUsd=1:1
			profile.gdpCountryYear=4:2024
			profile.schoolingMen=2:10
			profile.schoolingMenYear=4:2024
			profile.schoolingWomen=2:10
			profile.schoolingWomenYear=4:2024
			motivation=4:Why.
			implementation.text=4:How.
			implementation.links=-
			challenge.1=1:3
			""";

	/** SHA-256 of {@link #CANONICAL} in UTF-8, computed outside Java. */
	static final String FINGERPRINT = "4a7f60d98524023ecb50c68c9c3e6710f8e8ad8a53522d00b3f15f068088be72";

	@Test
	void theFingerprintOfAKnownApplicationIsPinnedToItsVersionedCanonicalForm() {
		MembershipApplication application = known();
		assertThat(SignedAnswers.canonical(application)).isEqualTo(CANONICAL);
		assertThat(application.dataFingerprint()).isEqualTo(FINGERPRINT);
	}

	@Test
	void aFigureStoredWithMoreDecimalsIsTheSameAnswerAndAnyOtherChangeIsNot() {
		MembershipApplication application = known();
		application.saveSection(Section.PROFILE, 1, true, OFFICIAL, NOW,
				() -> application
					.answerProfile(new CityProfile(1000L, 2024, new BigDecimal("10.00"), 2024, new BigDecimal("1.0"),
							2024, BigDecimal.ONE, 2024, BigDecimal.TEN, 2024, BigDecimal.TEN, 2024)));
		assertThat(application.dataFingerprint()).isEqualTo(FINGERPRINT);

		application.saveSection(Section.MOTIVATION, 1, true, OFFICIAL, NOW, () -> application.answerMotivation("Why?"));
		assertThat(application.dataFingerprint()).isNotEqualTo(FINGERPRINT);
	}

	@Test
	void noAnswerCanPassForAnotherLine() {
		MembershipApplication application = known();
		application.saveSection(Section.MOTIVATION, 1, true, OFFICIAL, NOW,
				() -> application.answerMotivation("Why.\nimplementation.text=4:How."));
		assertThat(SignedAnswers.canonical(application))
			.contains("motivation=31:Why.\nimplementation.text=4:How.\nimplementation.text=4:How.\n");
		assertThat(application.dataFingerprint()).isNotEqualTo(FINGERPRINT);
	}

	private static MembershipApplication known() {
		MembershipApplication application = MembershipApplicationTests
			.saved(MembershipApplication.start(42, "Ybycuí", "PY", OFFICIAL, NOW));
		MembershipApplicationTests.complete(application);
		return application;
	}

}
