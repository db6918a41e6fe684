package org.unesco.gnlc.conference;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unesco.gnlc.city.CityProfileSection;

/**
 * The conferences where a city had a role, on its public profile: the people who spoke or
 * received the Award for it, and the sessions that presented it. One query per profile.
 */
@Component
@RequiredArgsConstructor
class ConferenceRolesOfCity implements CityProfileSection {

	private final JdbcClient jdbc;

	private final ConferenceNames names;

	private final MessageSource messages;

	private record Role(int ordinal, String person, String personSlug, String role, String sessionType,
			Integer sessionNumber, String sessionTitle) {
	}

	@Override
	public Optional<Section> sectionFor(long cityId, Locale locale) {
		List<Role> roles = jdbc.sql("""
				select c.ordinal, p.name as person, p.slug as person_slug, pa.role,
				       s.type as session_type, s.number as session_number, s.title as session_title
				from conference_participation pa
				join conference c on c.id = pa.conference_id
				join conference_person p on p.id = pa.person_id
				left join conference_session s on s.id = pa.session_id
				where pa.city_id = :city
				union
				select c.ordinal, null, null, null, s.type, s.number, s.title
				from conference_session_city sc
				join conference_session s on s.id = sc.session_id
				join conference c on c.id = s.conference_id
				where sc.city_id = :city
				order by 1, 5, 6, 2
				""")
			.param("city", cityId)
			.query((rs, row) -> new Role(rs.getInt("ordinal"), rs.getString("person"), rs.getString("person_slug"),
					rs.getString("role"), rs.getString("session_type"), (Integer) rs.getObject("session_number"),
					rs.getString("session_title")))
			.list();
		if (roles.isEmpty()) {
			return Optional.empty();
		}
		List<Line> lines = roles.stream().map(role -> line(role, locale)).toList();
		return Optional.of(new Section("conference.cityProfile.heading", lines));
	}

	private Line line(Role role, Locale locale) {
		String conference = names.conference(role.ordinal(), locale);
		String session = role.sessionType() == null ? null : names.session(SessionType.valueOf(role.sessionType()),
				role.sessionNumber(), role.sessionTitle(), locale);
		String where = session == null ? conference : session + " · " + conference;
		if (role.person() == null) {
			return new Line(where, "/conferences/" + role.ordinal());
		}
		String what = messages.getMessage("conference.role." + role.role(), null, role.role(), locale);
		return new Line(role.person() + " (" + what + ") · " + where, "/people/" + role.personSlug());
	}

}
