package org.unesco.gnlc.city;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.web.StaleEditException;

/**
 * Public profiles: shown to everyone for member cities; edited by the officials of that
 * city and by the UIL Secretariat, never by anyone else; every saved change kept with its
 * author.
 */
@Service
@Transactional(readOnly = true)
class CityProfiles {

	static final int RECENT_CHANGES = 5;

	/** What the profile page shows. {@code recentChanges} only for those who may edit. */
	record ProfilePage(CityProfileView city, List<CityAward> awards, List<CityProfileSection.Section> sections,
			boolean editable, ProfileHistory.@Nullable Changes recentChanges) {
	}

	private final Directory directory;

	private final CityRepository cities;

	private final ProfileHistory history;

	private final ObjectProvider<CityAwards> awards;

	private final List<CityProfileSection> sections;

	private final Clock clock;

	CityProfiles(Directory directory, CityRepository cities, ProfileHistory history, ObjectProvider<CityAwards> awards,
			List<CityProfileSection> sections, Clock clock) {
		this.directory = directory;
		this.cities = cities;
		this.history = history;
		this.awards = awards;
		this.sections = sections.stream().sorted(Comparator.comparingInt(CityProfileSection::order)).toList();
		this.clock = clock;
	}

	/** Officials of the city itself and the UIL Secretariat; nobody else. */
	static boolean mayEdit(@Nullable PortalUser user, long cityId) {
		return user != null && (user.actsForCity(cityId) || user.isSecretariat());
	}

	/**
	 * The profile of a member city for anyone; of a city that is not (yet) a member only
	 * for those who may edit it (its officials prepare it before admission).
	 */
	Optional<ProfilePage> page(String slug, Locale locale, @Nullable PortalUser user) {
		return directory.profile(slug, locale).filter(city -> city.member() || mayEdit(user, city.id())).map(city -> {
			boolean editable = mayEdit(user, city.id());
			List<CityProfileSection.Section> contributed = sections.stream()
				.map(section -> section.sectionFor(city.id(), locale))
				.flatMap(Optional::stream)
				.toList();
			return new ProfilePage(city, awards.getIfAvailable(() -> CityAwards.NONE).ofCity(city.id()), contributed,
					editable, editable ? history.of(city.id(), RECENT_CHANGES, 0) : null);
		});
	}

	CityProfileView forEditing(String slug, Locale locale, PortalUser user) {
		CityProfileView city = directory.profile(slug, locale)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		requireEditor(user, city.id());
		return city;
	}

	/**
	 * Saves the edited profile if the editor may and if nobody saved it since they opened
	 * it. Only the Secretariat changes the date of joining; officials keep the one
	 * recorded.
	 */
	@Transactional
	List<FieldChange> revise(String slug, CityProfileForm form, PortalUser user) {
		City city = cities.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		requireEditor(user, city.id());
		StaleEditException.check(form.seenVersion(), city.version(), "The profile of " + city.name());
		ProfileValues values = form.values().withMayor(city.profile().mayorName(), city.profile().mayorTitle());
		if (!user.isSecretariat() || !city.isMember()) {
			values = values.withMemberSince(city.memberSince());
		}
		List<FieldChange> changes = city.reviseProfile(values);
		history.record(city.id(), user, clock.instant(), changes);
		return changes;
	}

	record HistoryPage(CityProfileView city, ProfileHistory.Changes changes, int page, int size) {

		public int totalPages() {
			return (int) Math.max(1, (changes.total() + size - 1) / size);
		}

	}

	HistoryPage history(String slug, int page, int size, Locale locale, PortalUser user) {
		CityProfileView city = forEditing(slug, locale, user);
		int number = Math.max(1, page);
		return new HistoryPage(city, history.of(city.id(), size, (long) (number - 1) * size), number, size);
	}

	private static void requireEditor(PortalUser user, long cityId) {
		if (!mayEdit(user, cityId)) {
			throw new AccessDeniedException("Only the officials of this city and the UIL Secretariat edit its profile");
		}
	}

}
