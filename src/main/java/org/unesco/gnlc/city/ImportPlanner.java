package org.unesco.gnlc.city;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.unesco.gnlc.city.ImportPlan.Outcome;
import org.unesco.gnlc.city.ImportPlan.PlannedRow;
import org.unesco.gnlc.city.ImportRowChecks.Checked;
import org.unesco.gnlc.city.ImportRowChecks.CityRow;
import org.unesco.gnlc.city.ImportRowChecks.ContactRow;
import org.unesco.gnlc.city.ImportRowChecks.Person;
import org.unesco.gnlc.city.ImportRowChecks.RowError;
import org.unesco.gnlc.reference.CountryInfo;
import org.unesco.gnlc.reference.ReferenceData;
import org.unesco.gnlc.shared.security.Role;

/**
 * Plans an import against the portal's records, reading them a bounded number of times
 * whatever the size of the file: the countries once, the cities of the file's countries
 * once, those named by slug once, the accounts of the file's addresses once, the members
 * counted once. Cities match by slug, else by country and name without regard to case,
 * accents or punctuation, so that the same file planned again after it was applied
 * changes nothing.
 */
@Component
@RequiredArgsConstructor
class ImportPlanner {

	/**
	 * What applying a row of member cities does; {@code existing} null for a new city.
	 */
	record CityStep(CityRow row, @Nullable City existing, ProfileValues target, List<FieldChange> changes,
			@Nullable Person invite) {
	}

	/** A plan with the steps that apply it (the rows without errors). */
	record Planned(ImportPlan plan, List<CityStep> cities, List<Person> contacts,
			Map<Person, String> contactCountries) {
	}

	private final CityRepository cities;

	private final ReferenceData referenceData;

	private final ImportedPeople people;

	private final Clock clock;

	Planned plan(ImportKind kind, ImportTable table) {
		// Only where UNESCO works: a city already in another territory keeps it, but none
		// is
		// placed there.
		Set<String> countries = referenceData.unescoCountries(Locale.ROOT)
			.stream()
			.map(CountryInfo::code)
			.collect(Collectors.toSet());
		return kind == ImportKind.MEMBER_CITIES ? cities(table, countries) : contacts(table, countries);
	}

	private Planned cities(ImportTable table, Set<String> countries) {
		LocalDate today = LocalDate.now(clock);
		List<Checked<CityRow>> checked = table.lines()
			.stream()
			.map(line -> ImportRowChecks.city(line, countries, today))
			.toList();
		List<CityRow> valid = checked.stream().map(Checked::row).filter(Objects::nonNull).toList();
		Set<String> fileCountries = valid.stream().map(CityRow::countryCode).collect(Collectors.toSet());
		Map<String, City> byKey = new HashMap<>();
		Map<Long, City> byId = new HashMap<>();
		for (City city : fileCountries.isEmpty() ? List.<City>of() : cities.findByCountryCodeIn(fileCountries)) {
			byId.put(city.id(), city);
			byKey.merge(key(city.countryCode(), city.name()), city,
					(first, second) -> first.isMember() ? first : second);
		}
		Set<String> slugs = valid.stream().map(CityRow::slug).filter(Objects::nonNull).collect(Collectors.toSet());
		Map<String, City> bySlug = (slugs.isEmpty() ? List.<City>of() : cities.findBySlugIn(slugs)).stream()
			.collect(Collectors.toMap(City::slug, Function.identity()));
		Map<String, ImportedPeople.Known> known = accountsOf(
				valid.stream().map(CityRow::official).filter(Objects::nonNull).map(Person::email).toList());
		Map<Long, String> officialCities = officialCities(known.values(), byId);

		Map<String, Integer> seenCities = new HashMap<>();
		Map<String, String> seenEmails = new HashMap<>();
		Map<String, Integer> emailLines = new HashMap<>();
		Set<Long> matchedMembers = new HashSet<>();
		List<PlannedRow> rows = new ArrayList<>();
		List<CityStep> steps = new ArrayList<>();
		for (Checked<CityRow> check : checked) {
			CityRow row = check.row();
			if (row == null) {
				rows.add(error(check.line(), table.lines().get(rows.size()).value("city"),
						table.lines().get(rows.size()).value("country_code"), check.errors()));
				continue;
			}
			List<RowError> errors = new ArrayList<>();
			City existing = row.slug() != null ? bySlug.get(row.slug()) : byKey.get(key(row.countryCode(), row.name()));
			if (row.slug() != null && existing == null) {
				errors.add(RowError.of("slug", "city.import.error.unknownSlug", row.slug()));
			}
			else if (existing != null && !existing.countryCode().equals(row.countryCode())) {
				errors.add(RowError.of("slug", "city.import.error.slugOfAnotherCountry", existing.name(),
						existing.countryCode()));
			}
			String cityKey = existing != null ? "id:" + existing.id() : "new:" + key(row.countryCode(), row.name());
			Integer firstLine = seenCities.putIfAbsent(cityKey, row.line());
			if (firstLine != null) {
				errors.add(RowError.of("city", "city.import.error.duplicateCity", String.valueOf(firstLine)));
			}
			Person invite = null;
			if (row.official() != null) {
				String email = row.official().email();
				String otherCity = seenEmails.putIfAbsent(email, cityKey);
				ImportedPeople.Known account = known.get(email);
				if (otherCity != null && !otherCity.equals(cityKey)) {
					errors.add(RowError.of("official_email", "city.import.error.duplicateEmail", email,
							String.valueOf(emailLines.get(email))));
				}
				else if (account != null && account.role() != Role.CITY_OFFICIAL) {
					errors.add(RowError.of("official_email", "city.import.error.accountOfAnotherRole", email));
				}
				else if (account != null && (existing == null || !existing.id().equals(account.cityId()))) {
					errors.add(RowError.of("official_email", "city.import.error.officialOfAnotherCity", email,
							officialCities.getOrDefault(account.cityId(), "?")));
				}
				else if (account == null && otherCity == null) {
					invite = row.official();
				}
				emailLines.putIfAbsent(email, row.line());
			}
			if (!errors.isEmpty()) {
				rows.add(error(row.line(), row.name(), row.countryCode(), errors));
				continue;
			}
			ProfileValues before = existing != null ? existing.profile() : new City().profile();
			LocalDate since = row.memberSince();
			if (row.yearOnly() && before.memberSince() != null && before.memberSince().getYear() == since.getYear()) {
				since = before.memberSince();
			}
			ProfileValues target = before.withImported(row.population(), row.populationYear(), row.areaKm2(),
					row.website(), since);
			List<FieldChange> changes = ProfileField.differences(before, target);
			Outcome outcome = existing == null ? Outcome.CREATE
					: !changes.isEmpty() || invite != null || !existing.isMember() ? Outcome.UPDATE : Outcome.UNCHANGED;
			if (existing != null && existing.isMember()) {
				matchedMembers.add(existing.id());
			}
			rows.add(new PlannedRow(row.line(), outcome, row.name(), row.countryCode(), changes, List.of(),
					invite == null ? null : invite.email()));
			if (outcome != Outcome.UNCHANGED) {
				steps.add(new CityStep(row, existing, target, changes, invite));
			}
		}
		int notInFile = (int) (cities.countByMemberTrue() - matchedMembers.size());
		return new Planned(new ImportPlan(ImportKind.MEMBER_CITIES, rows, notInFile), steps, List.of(), Map.of());
	}

	private Planned contacts(ImportTable table, Set<String> countries) {
		List<Checked<ContactRow>> checked = table.lines()
			.stream()
			.map(line -> ImportRowChecks.contact(line, countries))
			.toList();
		Map<String, ImportedPeople.Known> known = accountsOf(
				checked.stream().map(Checked::row).filter(Objects::nonNull).map(row -> row.contact().email()).toList());
		Map<String, Integer> seenEmails = new HashMap<>();
		List<PlannedRow> rows = new ArrayList<>();
		List<Person> invitations = new ArrayList<>();
		Map<Person, String> invitationCountries = new HashMap<>();
		for (int i = 0; i < checked.size(); i++) {
			Checked<ContactRow> check = checked.get(i);
			ContactRow row = check.row();
			if (row == null) {
				ImportTable.Line line = table.lines().get(i);
				rows.add(error(check.line(), line.value("name"), line.value("country_code"), check.errors()));
				continue;
			}
			String email = row.contact().email();
			ImportedPeople.Known account = known.get(email);
			Integer firstLine = seenEmails.putIfAbsent(email, row.line());
			RowError problem = null;
			if (firstLine != null) {
				problem = RowError.of("email", "city.import.error.duplicateEmail", email, String.valueOf(firstLine));
			}
			else if (account != null && account.role() != Role.NATCOM_ENDORSER) {
				problem = RowError.of("email", "city.import.error.accountOfAnotherRole", email);
			}
			else if (account != null && !row.countryCode().equals(account.countryCode())) {
				problem = RowError.of("email", "city.import.error.endorserOfAnotherCountry", email,
						String.valueOf(account.countryCode()));
			}
			if (problem != null) {
				rows.add(error(row.line(), row.contact().name(), row.countryCode(), List.of(problem)));
			}
			else if (account != null) {
				rows.add(new PlannedRow(row.line(), Outcome.UNCHANGED, row.contact().name(), row.countryCode(),
						List.of(), List.of(), null));
			}
			else {
				rows.add(new PlannedRow(row.line(), Outcome.CREATE, row.contact().name(), row.countryCode(), List.of(),
						List.of(), email));
				invitations.add(row.contact());
				invitationCountries.put(row.contact(), row.countryCode());
			}
		}
		return new Planned(new ImportPlan(ImportKind.NATCOM_CONTACTS, rows, 0), List.of(), invitations,
				invitationCountries);
	}

	private Map<String, ImportedPeople.Known> accountsOf(List<String> emails) {
		return people.byEmails(emails)
			.stream()
			.collect(Collectors.toMap(ImportedPeople.Known::email, Function.identity(), (first, second) -> first));
	}

	/**
	 * The names of the cities the officials act for, from those loaded or in one more
	 * statement.
	 */
	private Map<Long, String> officialCities(Iterable<ImportedPeople.Known> people, Map<Long, City> loaded) {
		Map<Long, String> names = new HashMap<>();
		Set<Long> missing = new HashSet<>();
		for (ImportedPeople.Known person : people) {
			if (person.cityId() != null) {
				City city = loaded.get(person.cityId());
				if (city != null) {
					names.put(city.id(), city.name());
				}
				else {
					missing.add(person.cityId());
				}
			}
		}
		if (!missing.isEmpty()) {
			cities.findAllById(missing).forEach(city -> names.put(city.id(), city.name()));
		}
		return names;
	}

	private static PlannedRow error(int line, String label, String countryCode, List<RowError> errors) {
		return new PlannedRow(line, Outcome.ERROR, label, countryCode.isEmpty() ? null : countryCode, List.of(), errors,
				null);
	}

	/**
	 * Ybycuí, YBYCUI and Ybycui are one city of Paraguay; N'Zérékoré and N Zerekore one
	 * of Guinea.
	 */
	static String key(String countryCode, String name) {
		return countryCode + "|" + Cities.slug(name);
	}

}
