package org.unesco.gnlc.membership;

import java.math.BigDecimal;
import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.unesco.gnlc.city.FigureRanges.FIRST_YEAR;
import static org.unesco.gnlc.city.FigureRanges.LEAST_AREA_KM2;
import static org.unesco.gnlc.city.FigureRanges.LEAST_GDP_PER_CAPITA_USD;
import static org.unesco.gnlc.city.FigureRanges.LEAST_POPULATION;
import static org.unesco.gnlc.city.FigureRanges.LEAST_SCHOOLING_YEARS;
import static org.unesco.gnlc.city.FigureRanges.MOST_AREA_KM2;
import static org.unesco.gnlc.city.FigureRanges.MOST_GDP_PER_CAPITA_USD;
import static org.unesco.gnlc.city.FigureRanges.MOST_POPULATION;
import static org.unesco.gnlc.city.FigureRanges.MOST_SCHOOLING_YEARS;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.unesco.gnlc.city.FigureRanges;
import org.unesco.gnlc.membership.ApplicationData.CityDetails;
import org.unesco.gnlc.membership.ApplicationData.CityProfile;
import org.unesco.gnlc.membership.ApplicationData.ContactPerson;
import org.unesco.gnlc.membership.ApplicationData.Implementation;
import org.unesco.gnlc.membership.ApplicationData.Mayor;
import org.unesco.gnlc.membership.ApplicationData.Pledge;
import org.unesco.gnlc.shared.web.WordLimit;
import org.unesco.gnlc.shared.web.NotAfterThisYear;
import org.unesco.gnlc.shared.web.ShownAt;
import org.unesco.gnlc.shared.web.PhoneNumber;

/**
 * One form per section of the application. Constraints without a group hold for every
 * save (lengths, formats, word limits); those of {@link Complete} only to mark a section
 * completed, so that "save and come back later" keeps unfinished answers.
 */
final class SectionForms {

	static final int WORD_LIMIT = 200;

	private SectionForms() {
	}

	/** The checks a section must pass to count as completed. */
	interface Complete {

	}

	static final String URL = "^https?://[^\\s]+$";

	/** The form of a section, filled with the application's answers. */
	static SectionAnswer of(Section section, MembershipApplication application) {
		return switch (section) {
			case CITY -> CityForm.of(application);
			case MAYOR -> MayorForm.of(application);
			case CONTACT -> ContactForm.of(application);
			case PLEDGE -> PledgeForm.of(application);
			case PROFILE -> ProfileForm.of(application);
			case MOTIVATION -> MotivationForm.of(application);
			case IMPLEMENTATION -> ImplementationForm.of(application);
			case CHALLENGES -> ChallengesForm.of(application);
		};
	}

	record CityForm(long version, @NotBlank(groups = Complete.class) @Size(max = 160) @Nullable String cityName,
			@NotBlank(groups = Complete.class) @Size(max = 300) @Pattern(regexp = URL) @Nullable String website)
			implements
				SectionAnswer {

		static CityForm of(MembershipApplication application) {
			CityDetails details = application.cityDetails();
			return new CityForm(application.sectionVersion(Section.CITY), details.cityName(), details.website());
		}

		@Override
		public Section section() {
			return Section.CITY;
		}

		@Override
		public void applyTo(MembershipApplication application) {
			application.answerCity(new CityDetails(clean(cityName), clean(website)));
		}

	}

	record MayorForm(long version, @NotBlank(groups = Complete.class) @Size(max = 40) @Nullable String mayorSalutation,
			@NotBlank(groups = Complete.class) @Size(max = 160) @Nullable String mayorName,
			@NotBlank(groups = Complete.class) @Size(max = 200) @Nullable String mayorTitle) implements SectionAnswer {

		static MayorForm of(MembershipApplication application) {
			Mayor mayor = application.mayor();
			return new MayorForm(application.sectionVersion(Section.MAYOR), mayor.mayorSalutation(), mayor.mayorName(),
					mayor.mayorTitle());
		}

		@Override
		public Section section() {
			return Section.MAYOR;
		}

		@Override
		public void applyTo(MembershipApplication application) {
			application.answerMayor(new Mayor(clean(mayorSalutation), clean(mayorName), clean(mayorTitle)));
		}

	}

	record ContactForm(long version, @NotBlank(groups = Complete.class) @Size(max = 160) @Nullable String contactName,
			@NotBlank(groups = Complete.class) @Size(max = 200) @Nullable String contactTitle,
			@NotBlank(groups = Complete.class) @Size(max = 200) @Nullable String contactOrganisation,
			@NotBlank(groups = Complete.class) @Size(max = 500) @Nullable String contactAddress,
			@NotBlank(groups = Complete.class) @PhoneNumber @Nullable String contactPhone,
			@NotBlank(groups = Complete.class) @Size(max = 254) @Email @Nullable String contactEmail,
			@NotBlank(groups = Complete.class) @Pattern(regexp = "^(en|fr)?$") @Nullable String contactLanguage)
			implements
				SectionAnswer {

		static ContactForm of(MembershipApplication application) {
			ContactPerson contact = application.contact();
			return new ContactForm(application.sectionVersion(Section.CONTACT), contact.contactName(),
					contact.contactTitle(), contact.contactOrganisation(), contact.contactAddress(),
					contact.contactPhone(), contact.contactEmail(), contact.contactLanguage());
		}

		@Override
		public Section section() {
			return Section.CONTACT;
		}

		@Override
		public void applyTo(MembershipApplication application) {
			application
				.answerContact(new ContactPerson(clean(contactName), clean(contactTitle), clean(contactOrganisation),
						clean(contactAddress), clean(contactPhone), clean(contactEmail), clean(contactLanguage)));
		}

	}

	record PledgeForm(long version, @AssertTrue(groups = Complete.class) @Nullable Boolean pledgeBeijingDeclaration,
			@AssertTrue(groups = Complete.class) @Nullable Boolean pledgeKeyFeatures) implements SectionAnswer {

		static PledgeForm of(MembershipApplication application) {
			Pledge pledge = application.pledge();
			return new PledgeForm(application.sectionVersion(Section.PLEDGE), pledge.pledgeBeijingDeclaration(),
					pledge.pledgeKeyFeatures());
		}

		@Override
		public Section section() {
			return Section.PLEDGE;
		}

		@Override
		public void applyTo(MembershipApplication application) {
			application.answerPledge(
					new Pledge(Boolean.TRUE.equals(pledgeBeijingDeclaration), Boolean.TRUE.equals(pledgeKeyFeatures)));
		}

	}

	/**
	 * The city's figures, each in the range the city's profile has for it
	 * ({@link FigureRanges}): at admission they become the profile's.
	 */
	record ProfileForm(long version, @NotNull(
			groups = Complete.class) @DecimalMin(LEAST_POPULATION) @DecimalMax(MOST_POPULATION) @Nullable Long population,
			@NotNull(groups = Complete.class) @Min(FIRST_YEAR) @NotAfterThisYear @Nullable Integer populationYear,
			@NotNull(
					groups = Complete.class) @DecimalMin(LEAST_AREA_KM2) @DecimalMax(MOST_AREA_KM2) @Nullable BigDecimal areaKm2,
			@NotNull(groups = Complete.class) @Min(FIRST_YEAR) @NotAfterThisYear @Nullable Integer areaYear,
			@NotNull(
					groups = Complete.class) @DecimalMin(LEAST_GDP_PER_CAPITA_USD) @DecimalMax(MOST_GDP_PER_CAPITA_USD) @Nullable BigDecimal gdpCityUsd,
			@NotNull(groups = Complete.class) @Min(FIRST_YEAR) @NotAfterThisYear @Nullable Integer gdpCityYear,
			@NotNull(
					groups = Complete.class) @DecimalMin(LEAST_GDP_PER_CAPITA_USD) @DecimalMax(MOST_GDP_PER_CAPITA_USD) @Nullable BigDecimal gdpCountryUsd,
			@NotNull(groups = Complete.class) @Min(FIRST_YEAR) @NotAfterThisYear @Nullable Integer gdpCountryYear,
			@NotNull(
					groups = Complete.class) @DecimalMin(LEAST_SCHOOLING_YEARS) @DecimalMax(MOST_SCHOOLING_YEARS) @Nullable BigDecimal schoolingMen,
			@NotNull(groups = Complete.class) @Min(FIRST_YEAR) @NotAfterThisYear @Nullable Integer schoolingMenYear,
			@NotNull(
					groups = Complete.class) @DecimalMin(LEAST_SCHOOLING_YEARS) @DecimalMax(MOST_SCHOOLING_YEARS) @Nullable BigDecimal schoolingWomen,
			@NotNull(groups = Complete.class) @Min(FIRST_YEAR) @NotAfterThisYear @Nullable Integer schoolingWomenYear)
			implements
				SectionAnswer {

		static ProfileForm of(MembershipApplication application) {
			CityProfile p = application.profile();
			return new ProfileForm(application.sectionVersion(Section.PROFILE), p.population(), p.populationYear(),
					p.areaKm2(), p.areaYear(), p.gdpCityUsd(), p.gdpCityYear(), p.gdpCountryUsd(), p.gdpCountryYear(),
					p.schoolingMen(), p.schoolingMenYear(), p.schoolingWomen(), p.schoolingWomenYear());
		}

		@Override
		public Section section() {
			return Section.PROFILE;
		}

		@Override
		public void applyTo(MembershipApplication application) {
			application.answerProfile(new CityProfile(population, populationYear, areaKm2, areaYear, gdpCityUsd,
					gdpCityYear, gdpCountryUsd, gdpCountryYear, schoolingMen, schoolingMenYear, schoolingWomen,
					schoolingWomenYear));
		}

	}

	record MotivationForm(long version,
			@NotBlank(groups = Complete.class) @WordLimit(WORD_LIMIT) @Size(max = 5000) @Nullable String motivation)
			implements
				SectionAnswer {

		static MotivationForm of(MembershipApplication application) {
			return new MotivationForm(application.sectionVersion(Section.MOTIVATION), application.motivation());
		}

		@Override
		public Section section() {
			return Section.MOTIVATION;
		}

		@Override
		public void applyTo(MembershipApplication application) {
			application.answerMotivation(clean(motivation));
		}

	}

	record ImplementationForm(long version,
			@NotBlank(groups = Complete.class) @WordLimit(WORD_LIMIT) @Size(max = 5000) @Nullable String implementation,
			@Size(max = 3000) @Nullable String implementationLinks) implements SectionAnswer {

		static ImplementationForm of(MembershipApplication application) {
			Implementation answer = application.implementation();
			return new ImplementationForm(application.sectionVersion(Section.IMPLEMENTATION), answer.implementation(),
					answer.implementationLinks());
		}

		/** Every line of the links box must be a web address. */
		@AssertTrue(message = "{membership.implementation.links.invalid}")
		@ShownAt("implementationLinks")
		boolean isEveryLinkAWebAddress() {
			return links().stream().allMatch(ImplementationForm::isWebAddress);
		}

		List<String> links() {
			if (implementationLinks == null) {
				return List.of();
			}
			return Arrays.stream(implementationLinks.split("\\R"))
				.map(String::strip)
				.filter(l -> !l.isEmpty())
				.toList();
		}

		private static boolean isWebAddress(String link) {
			try {
				URI uri = URI.create(link);
				return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
			}
			catch (IllegalArgumentException ex) {
				return false;
			}
		}

		@Override
		public Section section() {
			return Section.IMPLEMENTATION;
		}

		@Override
		public void applyTo(MembershipApplication application) {
			application.answerImplementation(
					new Implementation(clean(implementation), links().isEmpty() ? null : String.join("\n", links())));
		}

	}

	/**
	 * A rating from 1 to 5 for each challenge on UIL's list; all are needed to complete.
	 */
	record ChallengesForm(long version, @Nullable Map<Long, Integer> ratings) implements SectionAnswer {

		/**
		 * No rating chosen sends no field at all: an empty map, which the page can show
		 * again.
		 */
		ChallengesForm {
			ratings = ratings == null ? new LinkedHashMap<>() : ratings;
		}

		static ChallengesForm of(MembershipApplication application) {
			return new ChallengesForm(application.sectionVersion(Section.CHALLENGES),
					new LinkedHashMap<>(application.ratings()));
		}

		/**
		 * The form as it is saved: the valid ratings of the active challenges only.
		 * Completing the section asks for a rating of every challenge; each one left out
		 * is an error at its field, in the order of the page.
		 */
		ChallengesForm checked(List<Long> challengeIds, boolean complete, BindingResult result) {
			Map<Long, Integer> valid = validRatings(challengeIds);
			if (complete) {
				for (Long challenge : challengeIds) {
					if (!valid.containsKey(challenge)) {
						result.addError(new FieldError(result.getObjectName(), "ratings[" + challenge + "]", null,
								false, new String[] { "membership.challenges.rateEach" }, null, null));
					}
				}
			}
			return new ChallengesForm(version, valid);
		}

		Map<Long, Integer> validRatings(List<Long> challengeIds) {
			Map<Long, Integer> valid = new LinkedHashMap<>();
			if (ratings != null) {
				ratings.forEach((challenge, rating) -> {
					if (challengeIds.contains(challenge) && rating != null && rating >= 1 && rating <= 5) {
						valid.put(challenge, rating);
					}
				});
			}
			return valid;
		}

		@Override
		public Section section() {
			return Section.CHALLENGES;
		}

		@Override
		public void applyTo(MembershipApplication application) {
			application.answerChallenges(ratings == null ? Map.of() : ratings);
		}

	}

	private static @Nullable String clean(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
