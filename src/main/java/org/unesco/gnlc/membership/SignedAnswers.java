package org.unesco.gnlc.membership;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.unesco.gnlc.membership.ApplicationData.CityDetails;
import org.unesco.gnlc.membership.ApplicationData.CityProfile;
import org.unesco.gnlc.membership.ApplicationData.ContactPerson;
import org.unesco.gnlc.membership.ApplicationData.Implementation;
import org.unesco.gnlc.membership.ApplicationData.Mayor;
import org.unesco.gnlc.membership.ApplicationData.Pledge;

/**
 * What the mayor signs, written out in an explicit, versioned canonical form, and its
 * SHA-256 fingerprint. The form names each answer itself, so that renaming a field in the
 * code voids no signed form in flight; changing what is signed means a new
 * {@link #VERSION}.
 *
 * <p>
 * Version 1: the first line is the version; then one line per answer, {@code name=value},
 * in the fixed order below, and the challenges' ratings by challenge id. A value is
 * written as its length in characters, a colon and the text ({@code 11:Ana Example}), so
 * that no text can pass for another line; a missing answer is {@code -}. Numbers are
 * written without trailing zeros (9.50 is 9.5), yes/no as {@code true}/{@code false}.
 * Lines end with a line feed; UTF-8.
 */
final class SignedAnswers {

	static final String VERSION = "gnlc-membership-answers/1";

	private final StringBuilder text = new StringBuilder(VERSION).append('\n');

	private SignedAnswers() {
	}

	/**
	 * The fingerprint printed on the form and kept with each signed scan: 64 hexadecimal
	 * digits.
	 */
	static String fingerprint(MembershipApplication application) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256")
				.digest(canonical(application).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	static String canonical(MembershipApplication application) {
		SignedAnswers answers = new SignedAnswers();
		answers.line("city.id", application.cityId()).line("city.country", application.countryCode());
		CityDetails city = application.cityDetails();
		answers.line("city.name", city.cityName()).line("city.website", city.website());
		Mayor mayor = application.mayor();
		answers.line("mayor.salutation", mayor.mayorSalutation())
			.line("mayor.name", mayor.mayorName())
			.line("mayor.title", mayor.mayorTitle());
		ContactPerson contact = application.contact();
		answers.line("contact.name", contact.contactName())
			.line("contact.title", contact.contactTitle())
			.line("contact.organisation", contact.contactOrganisation())
			.line("contact.address", contact.contactAddress())
			.line("contact.phone", contact.contactPhone())
			.line("contact.email", contact.contactEmail())
			.line("contact.language", contact.contactLanguage());
		Pledge pledge = application.pledge();
		answers.line("pledge.beijingDeclaration", pledge.pledgeBeijingDeclaration())
			.line("pledge.keyFeatures", pledge.pledgeKeyFeatures());
		CityProfile profile = application.profile();
		answers.line("profile.population", profile.population())
			.line("profile.populationYear", profile.populationYear())
			.line("profile.areaKm2", profile.areaKm2())
			.line("profile.areaYear", profile.areaYear())
			.line("profile.gdpCityUsd", profile.gdpCityUsd())
			.line("profile.gdpCityYear", profile.gdpCityYear())
			.line("profile.gdpCountryUsd", profile.gdpCountryUsd())
			.line("profile.gdpCountryYear", profile.gdpCountryYear())
			.line("profile.schoolingMen", profile.schoolingMen())
			.line("profile.schoolingMenYear", profile.schoolingMenYear())
			.line("profile.schoolingWomen", profile.schoolingWomen())
			.line("profile.schoolingWomenYear", profile.schoolingWomenYear());
		answers.line("motivation", application.motivation());
		Implementation implementation = application.implementation();
		answers.line("implementation.text", implementation.implementation())
			.line("implementation.links", implementation.implementationLinks());
		for (Map.Entry<Long, Integer> rating : new TreeMap<>(application.ratings()).entrySet()) {
			answers.line("challenge." + rating.getKey(), rating.getValue());
		}
		return answers.text.toString();
	}

	private SignedAnswers line(String name, @Nullable Object value) {
		text.append(name).append('=');
		if (value == null) {
			text.append('-');
		}
		else {
			String written = value instanceof BigDecimal decimal ? decimal.stripTrailingZeros().toPlainString()
					: value.toString();
			text.append(written.length()).append(':').append(written);
		}
		text.append('\n');
		return this;
	}

}
