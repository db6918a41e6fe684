package org.unesco.gnlc.conference;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unesco.gnlc.conference.ConferenceCityLinks.CityLink;
import org.unesco.gnlc.conference.ConferenceRecords.AgendaDay;
import org.unesco.gnlc.conference.ConferenceRecords.AgendaRow;
import org.unesco.gnlc.conference.ConferenceRecords.AttachmentRow;
import org.unesco.gnlc.conference.ConferenceRecords.DocumentRow;
import org.unesco.gnlc.conference.ConferenceRecords.PersonRef;
import org.unesco.gnlc.conference.ConferenceRecords.PointRow;
import org.unesco.gnlc.conference.ConferenceRecords.PointSection;
import org.unesco.gnlc.conference.ConferenceRecords.RoleRow;
import org.unesco.gnlc.conference.ConferenceRecords.SessionGroup;
import org.unesco.gnlc.conference.ConferenceRecords.SessionRef;
import org.unesco.gnlc.conference.ConferenceRecords.SessionRow;
import org.unesco.gnlc.reference.UnescoRegion;

/**
 * The sections of a conference's record (agenda, sessions, roles, documents with their
 * points and attachments), each read by a method of its own with one statement, whatever
 * the size of the record, and the cities they name read together in one more. Called by
 * {@link ConferenceRecords} within its read-only transaction.
 */
@Component
@RequiredArgsConstructor
class ConferenceRecordSections {

	private static final Comparator<RawSession> SESSION_ORDER = Comparator
		.comparing((RawSession session) -> session.type().ordinal())
		.thenComparing(session -> session.number() == null ? 0 : session.number())
		.thenComparingLong(RawSession::id);

	private final JdbcClient jdbc;

	private final ConferenceCityLinks cityLinks;

	private final ConferenceNames names;

	/** A record's sections, and the links of every city they or the host name. */
	record Sections(List<AgendaDay> agenda, List<SessionGroup> sessionGroups, List<RoleRow> bureau,
			List<RoleRow> draftingCommittee, List<DocumentRow> documents, List<RoleRow> awardRecipients,
			Map<Long, CityLink> cities) {
	}

	Sections of(long conferenceId, @Nullable Long hostCityId, Locale locale) {
		List<RawAgendaItem> agendaItems = agendaItems(conferenceId);
		List<RawSession> sessions = sessions(conferenceId);
		List<RawRole> roles = roles(conferenceId);
		List<RawDocument> documents = documents(conferenceId);
		Map<Long, List<PointRow>> points = points(conferenceId);
		Map<Long, List<AttachmentRow>> attachments = attachments(conferenceId);
		Map<Long, CityLink> cities = cityLinks.byIds(cityIds(hostCityId, sessions, roles));

		Map<Long, String> sessionLabels = sessions.stream()
			.collect(Collectors.toMap(RawSession::id,
					session -> names.session(session.type(), session.number(), session.title(), locale)));
		List<AgendaDay> agenda = agenda(agendaItems, sessions, sessionLabels);
		List<RoleRow> roleRows = roles.stream()
			.sorted(Comparator.comparing((RawRole role) -> role.role().ordinal())
				.thenComparingInt(RawRole::position)
				.thenComparingLong(RawRole::id))
			.map(role -> role.row(cities))
			.toList();
		List<RoleRow> bureau = roleRows.stream()
			.filter(role -> role.sessionId() == null && !role.role().draftingCommittee())
			.toList();
		List<RoleRow> draftingCommittee = roleRows.stream()
			.filter(role -> role.sessionId() == null && role.role().draftingCommittee())
			.toList();
		List<RoleRow> awardRecipients = roleRows.stream()
			.filter(role -> role.role() == ParticipationRole.AWARD_RECIPIENT)
			.sorted(Comparator.comparing((RoleRow role) -> role.city() == null ? "" : role.city().name()))
			.toList();
		List<DocumentRow> documentRows = documents.stream()
			.map(document -> new DocumentRow(document.id(), document.type(), document.title(), document.adoptedOn(),
					document.summary(), sections(points.getOrDefault(document.id(), List.of())),
					attachments.getOrDefault(document.id(), List.of()), document.version()))
			.toList();
		return new Sections(agenda, sessionGroups(sessions, sessionLabels, agenda, roleRows, cities), bureau,
				draftingCommittee, documentRows, awardRecipients, cities);
	}

	// Reading: one statement per section
	// ---------------------------------------------------------

	private List<RawAgendaItem> agendaItems(long conferenceId) {
		return jdbc.sql("""
				select id, day, starts_at, ends_at, venue, title, version from conference_agenda_item
				where conference_id = :id order by day, position, id
				""")
			.param("id", conferenceId)
			.query((rs, row) -> new RawAgendaItem(rs.getLong("id"), rs.getObject("day", LocalDate.class),
					rs.getObject("starts_at", LocalTime.class), rs.getObject("ends_at", LocalTime.class),
					rs.getString("venue"), rs.getString("title"), rs.getLong("version")))
			.list();
	}

	private List<RawSession> sessions(long conferenceId) {
		return jdbc.sql("""
				select s.id, s.type, s.number, s.title, s.summary, s.agenda_item_id, s.version,
				       coalesce(array_agg(sc.city_id) filter (where sc.city_id is not null), '{}') as city_ids
				from conference_session s left join conference_session_city sc on sc.session_id = s.id
				where s.conference_id = :id
				group by s.id
				""")
			.param("id", conferenceId)
			.query((rs, row) -> new RawSession(rs.getLong("id"), SessionType.valueOf(rs.getString("type")),
					(Integer) rs.getObject("number"), rs.getString("title"), rs.getString("summary"),
					(Long) rs.getObject("agenda_item_id"), longs(rs.getArray("city_ids")), rs.getLong("version")))
			.list();
	}

	private List<RawRole> roles(long conferenceId) {
		return jdbc.sql("""
				select r.id, r.session_id, r.role, r.region, r.affiliation, r.city_id, r.contribution, r.position,
				       r.version, p.id as person_id, p.slug, p.name, p.honorific
				from conference_participation r join conference_person p on p.id = r.person_id
				where r.conference_id = :id
				""").param("id", conferenceId).query(ConferenceRecordSections::rawRole).list();
	}

	private List<RawDocument> documents(long conferenceId) {
		return jdbc.sql("""
				select id, type, title, adopted_on, summary, version from conference_document
				where conference_id = :id order by position, id
				""")
			.param("id", conferenceId)
			.query((rs, row) -> new RawDocument(rs.getLong("id"), DocumentType.valueOf(rs.getString("type")),
					rs.getString("title"), rs.getObject("adopted_on", LocalDate.class), rs.getString("summary"),
					rs.getLong("version")))
			.list();
	}

	/** The points of every document of the conference, by document, in their order. */
	private Map<Long, List<PointRow>> points(long conferenceId) {
		return jdbc.sql("""
				select p.id, p.document_id, p.section, p.label, p.heading, p.text, p.version
				from conference_document_point p join conference_document d on d.id = p.document_id
				where d.conference_id = :id order by p.document_id, p.position, p.id
				""")
			.param("id", conferenceId)
			.query((rs, row) -> Map.entry(rs.getLong("document_id"),
					new PointRow(rs.getLong("id"), rs.getString("section"), rs.getString("label"),
							rs.getString("heading"), rs.getString("text"), rs.getLong("version"), false, false)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, LinkedHashMap::new,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

	/** The attachments of every document of the conference, by document, oldest first. */
	private Map<Long, List<AttachmentRow>> attachments(long conferenceId) {
		return jdbc.sql("""
				select a.id, a.document_id, a.file_name, a.media_type, a.size_bytes, a.uploaded_at, a.uploaded_by
				from conference_attachment a join conference_document d on d.id = a.document_id
				where d.conference_id = :id order by a.document_id, a.uploaded_at, a.id
				""")
			.param("id", conferenceId)
			.query((rs, row) -> Map.entry(rs.getLong("document_id"),
					new AttachmentRow(rs.getLong("id"), rs.getString("file_name"), rs.getString("media_type"),
							rs.getLong("size_bytes"), rs.getObject("uploaded_at", OffsetDateTime.class).toInstant(),
							rs.getString("uploaded_by"))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

	// Assembling
	// ---------------------------------------------------------------------------------

	private static Set<Long> cityIds(@Nullable Long hostCityId, List<RawSession> sessions, List<RawRole> roles) {
		Set<Long> cityIds = new HashSet<>();
		if (hostCityId != null) {
			cityIds.add(hostCityId);
		}
		sessions.forEach(session -> cityIds.addAll(session.cityIds()));
		roles.stream().map(RawRole::cityId).filter(cityId -> cityId != null).forEach(cityIds::add);
		return cityIds;
	}

	/**
	 * The agenda by day, each item with the sessions held in it; first/last say where up
	 * and down can go.
	 */
	private static List<AgendaDay> agenda(List<RawAgendaItem> items, List<RawSession> sessions,
			Map<Long, String> sessionLabels) {
		Map<Long, List<SessionRef>> sessionsByItem = sessions.stream()
			.filter(session -> session.agendaItemId() != null)
			.sorted(SESSION_ORDER)
			.collect(Collectors.groupingBy(RawSession::agendaItemId, Collectors.mapping(
					session -> new SessionRef(session.id(), sessionLabels.get(session.id())), Collectors.toList())));
		List<AgendaDay> agenda = new ArrayList<>();
		items.stream()
			.collect(Collectors.groupingBy(RawAgendaItem::day, LinkedHashMap::new, Collectors.toList()))
			.forEach((day, ofTheDay) -> {
				List<AgendaRow> rows = new ArrayList<>();
				for (int i = 0; i < ofTheDay.size(); i++) {
					RawAgendaItem item = ofTheDay.get(i);
					rows.add(new AgendaRow(item.id(), item.day(), item.startsAt(), item.endsAt(), item.venue(),
							item.title(), sessionsByItem.getOrDefault(item.id(), List.of()), item.version(), i == 0,
							i == ofTheDay.size() - 1));
				}
				agenda.add(new AgendaDay(day, rows));
			});
		return agenda;
	}

	/**
	 * The sessions grouped by type, in order, each with its agenda item, cities and
	 * roles.
	 */
	private static List<SessionGroup> sessionGroups(List<RawSession> sessions, Map<Long, String> sessionLabels,
			List<AgendaDay> agenda, List<RoleRow> roleRows, Map<Long, CityLink> cities) {
		Map<Long, AgendaRow> agendaById = agenda.stream()
			.flatMap(day -> day.items().stream())
			.collect(Collectors.toMap(AgendaRow::id, item -> item));
		Map<Long, List<RoleRow>> rolesBySession = roleRows.stream()
			.filter(role -> role.sessionId() != null)
			.collect(Collectors.groupingBy(RoleRow::sessionId));
		Map<SessionType, List<SessionRow>> groups = new LinkedHashMap<>();
		sessions.stream()
			.sorted(SESSION_ORDER)
			.forEach(session -> groups.computeIfAbsent(session.type(), type -> new ArrayList<>())
				.add(new SessionRow(session.id(), session.type(), session.number(), session.title(),
						sessionLabels.get(session.id()), session.summary(),
						session.agendaItemId() == null ? null : agendaById.get(session.agendaItemId()),
						links(session.cityIds(), cities), rolesBySession.getOrDefault(session.id(), List.of()),
						session.version())));
		return groups.entrySet().stream().map(entry -> new SessionGroup(entry.getKey(), entry.getValue())).toList();
	}

	private static List<CityLink> links(Collection<Long> cityIds, Map<Long, CityLink> cities) {
		return cityIds.stream()
			.map(cities::get)
			.filter(city -> city != null)
			.sorted(Comparator.comparing(CityLink::name))
			.toList();
	}

	/**
	 * Points grouped by section, in their order; first/last say where up and down can go.
	 */
	private static List<PointSection> sections(List<PointRow> points) {
		List<PointSection> sections = new ArrayList<>();
		for (int i = 0; i < points.size(); i++) {
			PointRow point = points.get(i);
			PointRow placed = new PointRow(point.id(), point.section(), point.label(), point.heading(), point.text(),
					point.version(), i == 0, i == points.size() - 1);
			String name = point.section() == null ? ConferenceRecords.NO_SECTION : point.section();
			if (sections.isEmpty() || !sections.get(sections.size() - 1).name().equals(name)) {
				sections.add(new PointSection(name, new ArrayList<>()));
			}
			sections.get(sections.size() - 1).points().add(placed);
		}
		return sections.stream()
			.map(section -> new PointSection(section.name(), List.copyOf(section.points())))
			.toList();
	}

	// Rows as read
	// -------------------------------------------------------------------------------

	private record RawAgendaItem(long id, LocalDate day, @Nullable LocalTime startsAt, @Nullable LocalTime endsAt,
			@Nullable String venue, String title, long version) {
	}

	private record RawSession(long id, SessionType type, @Nullable Integer number, @Nullable String title,
			@Nullable String summary, @Nullable Long agendaItemId, List<Long> cityIds, long version) {
	}

	private record RawRole(long id, @Nullable Long sessionId, ParticipationRole role, @Nullable UnescoRegion region,
			@Nullable String affiliation, @Nullable Long cityId, @Nullable String contribution, int position,
			long version, PersonRef person) {

		RoleRow row(Map<Long, CityLink> cities) {
			return new RoleRow(id, sessionId, person, role, region, affiliation,
					cityId == null ? null : cities.get(cityId), contribution, version);
		}

	}

	private record RawDocument(long id, DocumentType type, String title, @Nullable LocalDate adoptedOn,
			@Nullable String summary, long version) {
	}

	private static RawRole rawRole(ResultSet rs, int row) throws SQLException {
		String region = rs.getString("region");
		return new RawRole(rs.getLong("id"), (Long) rs.getObject("session_id"),
				ParticipationRole.valueOf(rs.getString("role")), region == null ? null : UnescoRegion.valueOf(region),
				rs.getString("affiliation"), (Long) rs.getObject("city_id"), rs.getString("contribution"),
				rs.getInt("position"), rs.getLong("version"), new PersonRef(rs.getLong("person_id"),
						rs.getString("slug"), rs.getString("name"), rs.getString("honorific")));
	}

	private static List<Long> longs(Array array) throws SQLException {
		Object[] values = (Object[]) array.getArray();
		return Arrays.stream(values).map(value -> ((Number) value).longValue()).toList();
	}

}
