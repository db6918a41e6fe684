package org.unesco.gnlc.conference;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unesco.gnlc.conference.ConferenceCityLinks.CityLink;
import org.unesco.gnlc.reference.CountryInfo;
import org.unesco.gnlc.reference.ReferenceData;
import org.unesco.gnlc.reference.UnescoRegion;
import org.unesco.gnlc.shared.files.StoredDocument;

/**
 * The conference records as visitors read them: the list of conferences, a conference's
 * whole record, the people and a person's roles. Each page costs a fixed number of
 * statements, whatever the size of the record.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class ConferenceRecords {

	/** Section names a document's points are grouped under when they have none. */
	static final String NO_SECTION = "";

	private final JdbcClient jdbc;

	private final ConferenceCityLinks cityLinks;

	private final ReferenceData referenceData;

	private final ConferenceNames names;

	private final ConferenceHistory history;

	private final ConferenceRecordSections sections;

	// Views
	// --------------------------------------------------------------------------------------

	record ConferenceRow(long id, int number, int year, String name, @Nullable String theme, ConferenceStatus status,
			@Nullable ConferenceFormat format, @Nullable String hostCityName, @Nullable CityLink hostCity,
			@Nullable String hostCountryCode, @Nullable String hostCountryName, @Nullable LocalDate startsOn,
			@Nullable LocalDate endsOn, String timeZone, @Nullable Integer participants, boolean participantsAtLeast,
			@Nullable Integer memberStates, List<String> organisers, List<String> hostingOrganisations,
			List<String> sponsors, @Nullable String summary, @Nullable Integer awardYear, String contentLanguage,
			long version) {

		public boolean oneDay() {
			return startsOn != null && (endsOn == null || endsOn.equals(startsOn));
		}

	}

	record ConferenceRecord(ConferenceRow conference, List<AgendaDay> agenda, List<SessionGroup> sessionGroups,
			List<RoleRow> bureau, List<RoleRow> draftingCommittee, List<DocumentRow> documents,
			List<RoleRow> awardRecipients, @Nullable Instant lastChange) {

		public List<RoleGroup> bureauGroups() {
			return RoleGroup.of(bureau);
		}

		public List<RoleGroup> draftingGroups() {
			return RoleGroup.of(draftingCommittee);
		}

		public @Nullable LocalDate lastChangeDay() {
			return lastChange == null ? null : LocalDate.ofInstant(lastChange, ZoneOffset.UTC);
		}

		/** Every session, in the order of the record (for choosing one in a form). */
		public List<SessionRow> sessions() {
			return sessionGroups.stream().flatMap(group -> group.sessions().stream()).toList();
		}

		public List<AgendaRow> agendaItems() {
			return agenda.stream().flatMap(day -> day.items().stream()).toList();
		}

		Optional<SessionRow> session(long id) {
			return sessions().stream().filter(session -> session.id() == id).findFirst();
		}

		Optional<DocumentRow> document(long id) {
			return documents.stream().filter(document -> document.id() == id).findFirst();
		}

		Optional<AgendaRow> agendaItem(long id) {
			return agendaItems().stream().filter(item -> item.id() == id).findFirst();
		}

	}

	record AgendaDay(LocalDate day, List<AgendaRow> items) {
	}

	record AgendaRow(long id, LocalDate day, @Nullable LocalTime startsAt, @Nullable LocalTime endsAt,
			@Nullable String venue, String title, List<SessionRef> sessions, long version, boolean first,
			boolean last) {
	}

	record SessionRef(long id, String label) {
	}

	record SessionGroup(SessionType type, List<SessionRow> sessions) {
	}

	record SessionRow(long id, SessionType type, @Nullable Integer number, @Nullable String title, String label,
			@Nullable String summary, @Nullable AgendaRow agendaItem, List<CityLink> cities, List<RoleRow> roles,
			long version) {

		List<String> cityIdsText() {
			return cities.stream().map(CityLink::slug).toList();
		}

		public List<RoleGroup> roleGroups() {
			return RoleGroup.of(roles);
		}

	}

	/** People holding the same role, in order: “Keynote speakers: A, B, C”. */
	record RoleGroup(ParticipationRole role, List<RoleRow> people) {

		static List<RoleGroup> of(List<RoleRow> roles) {
			List<RoleGroup> groups = new ArrayList<>();
			for (RoleRow role : roles) {
				if (groups.isEmpty() || groups.get(groups.size() - 1).role() != role.role()) {
					groups.add(new RoleGroup(role.role(), new ArrayList<>()));
				}
				groups.get(groups.size() - 1).people().add(role);
			}
			return groups.stream().map(group -> new RoleGroup(group.role(), List.copyOf(group.people()))).toList();
		}

	}

	record PersonRef(long id, String slug, String name, @Nullable String honorific) {
	}

	record RoleRow(long id, @Nullable Long sessionId, PersonRef person, ParticipationRole role,
			@Nullable UnescoRegion region, @Nullable String affiliation, @Nullable CityLink city,
			@Nullable String contribution, long version) {
	}

	record DocumentRow(long id, DocumentType type, String title, @Nullable LocalDate adoptedOn,
			@Nullable String summary, List<PointSection> sections, List<AttachmentRow> attachments, long version) {

		public int pointCount() {
			return sections.stream().mapToInt(section -> section.points().size()).sum();
		}

	}

	record PointSection(String name, List<PointRow> points) {
	}

	record PointRow(long id, @Nullable String section, @Nullable String label, @Nullable String heading, String text,
			long version, boolean first, boolean last) {
	}

	record AttachmentRow(long id, String fileName, String mediaType, long sizeBytes, Instant uploadedAt,
			String uploadedBy) {

		public LocalDate uploadedDay() {
			return LocalDate.ofInstant(uploadedAt, ZoneOffset.UTC);
		}

		public long sizeKb() {
			return StoredDocument.kilobytes(sizeBytes);
		}

		public String extension() {
			int dot = fileName.lastIndexOf('.');
			return dot < 0 ? "" : fileName.substring(dot + 1).toUpperCase(Locale.ROOT);
		}

	}

	record PersonRow(long id, String slug, String name, @Nullable String honorific, @Nullable String description,
			long roles, long version) {
	}

	record PersonPage(PersonRow person, List<PersonConference> conferences, List<PersonRole> awards) {
	}

	record PersonConference(int number, String name, int year, @Nullable String hostCityName, List<PersonRole> roles) {
	}

	record PersonRole(long id, int conferenceNumber, int conferenceYear, @Nullable Long sessionId,
			@Nullable String sessionLabel, ParticipationRole role, @Nullable UnescoRegion region,
			@Nullable String affiliation, @Nullable CityLink city, @Nullable String contribution,
			@Nullable Integer awardYear, String contentLanguage) {
	}

	// Conferences
	// --------------------------------------------------------------------------------

	Page<ConferenceRow> list(Pageable page, Locale locale) {
		long total = jdbc.sql("select count(*) from conference").query(Long.class).single();
		List<RawConference> rows = jdbc.sql("select * from conference order by ordinal limit :limit offset :offset")
			.param("limit", page.getPageSize())
			.param("offset", page.getOffset())
			.query(ConferenceRecords::rawConference)
			.list();
		Map<Long, CityLink> cities = cityLinks.byIds(rows.stream().map(RawConference::hostCityId).toList());
		Map<String, String> countries = countryNames(locale);
		return new PageImpl<>(rows.stream().map(row -> conferenceRow(row, cities, countries, locale)).toList(), page,
				total);
	}

	/** The number the next conference will probably have. */
	int nextNumber() {
		return jdbc.sql("select coalesce(max(ordinal), 0) + 1 from conference").query(Integer.class).single();
	}

	Optional<ConferenceRecord> record(int number, Locale locale) {
		Optional<RawConference> found = jdbc.sql("select * from conference where ordinal = :number")
			.param("number", number)
			.query(ConferenceRecords::rawConference)
			.optional();
		return found.map(raw -> record(raw, locale));
	}

	Optional<ConferenceRow> conference(int number, Locale locale) {
		return jdbc.sql("select * from conference where ordinal = :number")
			.param("number", number)
			.query(ConferenceRecords::rawConference)
			.optional()
			.map(raw -> conferenceRow(raw,
					cityLinks.byIds(raw.hostCityId() == null ? List.of() : List.of(raw.hostCityId())),
					countryNames(locale), locale));
	}

	private ConferenceRecord record(RawConference raw, Locale locale) {
		ConferenceRecordSections.Sections read = sections.of(raw.id(), raw.hostCityId(), locale);
		return new ConferenceRecord(conferenceRow(raw, read.cities(), countryNames(locale), locale), read.agenda(),
				read.sessionGroups(), read.bureau(), read.draftingCommittee(), read.documents(), read.awardRecipients(),
				history.lastChangeOf(raw.id()));
	}

	// Attachments
	// --------------------------------------------------------------------------------

	/** An attachment's file, to be downloaded. */
	record Download(String fileName, String mediaType, String sha256, byte[] content) {
	}

	Optional<Download> attachment(int number, long attachmentId) {
		return jdbc.sql("""
				select a.file_name, a.media_type, a.sha256, ac.content
				from conference_attachment a
				join conference_attachment_content ac on ac.attachment_id = a.id
				join conference_document d on d.id = a.document_id
				join conference c on c.id = d.conference_id
				where a.id = :id and c.ordinal = :number
				""")
			.param("id", attachmentId)
			.param("number", number)
			.query((rs, row) -> new Download(rs.getString("file_name"), rs.getString("media_type"),
					rs.getString("sha256"), rs.getBytes("content")))
			.optional();
	}

	// People
	// -------------------------------------------------------------------------------------

	Page<PersonRow> people(String nameContains, Pageable page) {
		String pattern = "%" + nameContains.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		long total = jdbc.sql("""
				select count(*) from conference_person
				where unaccent(lower(name)) like unaccent(lower(:pattern))
				""").param("pattern", pattern).query(Long.class).single();
		List<PersonRow> rows = jdbc.sql("""
				select p.id, p.slug, p.name, p.honorific, p.description, p.version,
				       (select count(*) from conference_participation r where r.person_id = p.id) as roles
				from conference_person p
				where unaccent(lower(p.name)) like unaccent(lower(:pattern))
				order by unaccent(lower(p.name)), p.id
				limit :limit offset :offset
				""")
			.param("pattern", pattern)
			.param("limit", page.getPageSize())
			.param("offset", page.getOffset())
			.query(ConferenceRecords::personRow)
			.list();
		return new PageImpl<>(rows, page, total);
	}

	/** A person to choose in a form: the address of their page and their name. */
	record PersonChoice(String slug, String name) {
	}

	/**
	 * The people to offer in a form, by name (the form also accepts any address or exact
	 * name).
	 */
	List<PersonChoice> personChoices(int limit) {
		return jdbc.sql("select slug, name from conference_person order by unaccent(lower(name)), id limit :limit")
			.param("limit", limit)
			.query((rs, row) -> new PersonChoice(rs.getString("slug"), rs.getString("name")))
			.list();
	}

	Optional<PersonRow> person(String slug) {
		return jdbc.sql("""
				select p.id, p.slug, p.name, p.honorific, p.description, p.version,
				       (select count(*) from conference_participation r where r.person_id = p.id) as roles
				from conference_person p where p.slug = :slug
				""").param("slug", slug).query(ConferenceRecords::personRow).optional();
	}

	Optional<PersonPage> personPage(String slug, Locale locale) {
		return person(slug).map(person -> {
			List<RawPersonRole> raw = jdbc
				.sql("""
						select r.id, r.role, r.region, r.affiliation, r.city_id, r.contribution, r.position, r.session_id,
						       s.type, s.number, s.title, c.ordinal, c.year, c.host_city_name, c.award_year, c.content_language
						from conference_participation r
						join conference c on c.id = r.conference_id
						left join conference_session s on s.id = r.session_id
						where r.person_id = :id
						""")
				.param("id", person.id())
				.query((rs, row) -> new RawPersonRole(rs.getLong("id"), ParticipationRole.valueOf(rs.getString("role")),
						region(rs.getString("region")), rs.getString("affiliation"), (Long) rs.getObject("city_id"),
						rs.getString("contribution"), rs.getInt("position"), (Long) rs.getObject("session_id"),
						rs.getString("type") == null ? null : SessionType.valueOf(rs.getString("type")),
						(Integer) rs.getObject("number"), rs.getString("title"), rs.getInt("ordinal"),
						rs.getInt("year"), rs.getString("host_city_name"), (Integer) rs.getObject("award_year"),
						rs.getString("content_language")))
				.list();
			Map<Long, CityLink> cities = cityLinks.byIds(raw.stream().map(RawPersonRole::cityId).toList());
			List<PersonRole> roles = raw.stream()
				.sorted(Comparator.comparingInt(RawPersonRole::ordinal)
					.thenComparing(role -> role.sessionType() == null ? -1 : role.sessionType().ordinal())
					.thenComparing(role -> role.sessionNumber() == null ? 0 : role.sessionNumber())
					.thenComparing(role -> role.role().ordinal()))
				.map(role -> new PersonRole(role.id(), role.ordinal(), role.year(), role.sessionId(),
						role.sessionType() == null ? null
								: names.session(role.sessionType(), role.sessionNumber(), role.sessionTitle(), locale),
						role.role(), role.region(), role.affiliation(),
						role.cityId() == null ? null : cities.get(role.cityId()), role.contribution(), role.awardYear(),
						role.contentLanguage()))
				.toList();
			Map<Integer, List<PersonRole>> byConference = roles.stream()
				.collect(Collectors.groupingBy(PersonRole::conferenceNumber, LinkedHashMap::new, Collectors.toList()));
			Map<Integer, RawPersonRole> conferenceFacts = raw.stream()
				.collect(Collectors.toMap(RawPersonRole::ordinal, Function.identity(), (a, b) -> a));
			List<PersonConference> conferences = byConference.entrySet().stream().map(entry -> {
				RawPersonRole facts = conferenceFacts.get(entry.getKey());
				return new PersonConference(entry.getKey(), names.conference(entry.getKey(), locale), facts.year(),
						facts.hostCityName(), entry.getValue());
			}).toList();
			List<PersonRole> awards = roles.stream()
				.filter(role -> role.role() == ParticipationRole.AWARD_RECIPIENT)
				.toList();
			return new PersonPage(person, conferences, awards);
		});
	}

	// Mapping
	// ------------------------------------------------------------------------------------

	private record RawConference(long id, int ordinal, int year, @Nullable String theme, ConferenceStatus status,
			@Nullable ConferenceFormat format, @Nullable String hostCityName, @Nullable Long hostCityId,
			@Nullable String hostCountryCode, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn, String timeZone,
			@Nullable Integer participants, boolean participantsAtLeast, @Nullable Integer memberStates,
			@Nullable String organisers, @Nullable String hostingOrganisations, @Nullable String sponsors,
			@Nullable String summary, @Nullable Integer awardYear, String contentLanguage, long version) {
	}

	private record RawPersonRole(long id, ParticipationRole role, @Nullable UnescoRegion region,
			@Nullable String affiliation, @Nullable Long cityId, @Nullable String contribution, int position,
			@Nullable Long sessionId, @Nullable SessionType sessionType, @Nullable Integer sessionNumber,
			@Nullable String sessionTitle, int ordinal, int year, @Nullable String hostCityName,
			@Nullable Integer awardYear, String contentLanguage) {
	}

	private static RawConference rawConference(ResultSet rs, int row) throws SQLException {
		String format = rs.getString("format");
		return new RawConference(rs.getLong("id"), rs.getInt("ordinal"), rs.getInt("year"), rs.getString("theme"),
				ConferenceStatus.valueOf(rs.getString("status")),
				format == null ? null : ConferenceFormat.valueOf(format), rs.getString("host_city_name"),
				(Long) rs.getObject("host_city_id"), rs.getString("host_country_code"),
				rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
				rs.getString("time_zone"), (Integer) rs.getObject("participants"),
				rs.getBoolean("participants_at_least"), (Integer) rs.getObject("member_states"),
				rs.getString("organisers"), rs.getString("hosting_organisations"), rs.getString("sponsors"),
				rs.getString("summary"), (Integer) rs.getObject("award_year"), rs.getString("content_language"),
				rs.getLong("version"));
	}

	private ConferenceRow conferenceRow(RawConference raw, Map<Long, CityLink> cities, Map<String, String> countries,
			Locale locale) {
		return new ConferenceRow(raw.id(), raw.ordinal(), raw.year(), names.conference(raw.ordinal(), locale),
				raw.theme(), raw.status(), raw.format(), raw.hostCityName(),
				raw.hostCityId() == null ? null : cities.get(raw.hostCityId()), raw.hostCountryCode(),
				raw.hostCountryCode() == null ? null : countries.get(raw.hostCountryCode()), raw.startsOn(),
				raw.endsOn(), raw.timeZone(), raw.participants(), raw.participantsAtLeast(), raw.memberStates(),
				Texts.lines(raw.organisers()), Texts.lines(raw.hostingOrganisations()), Texts.lines(raw.sponsors()),
				raw.summary(), raw.awardYear(), raw.contentLanguage(), raw.version());
	}

	private static PersonRow personRow(ResultSet rs, int row) throws SQLException {
		return new PersonRow(rs.getLong("id"), rs.getString("slug"), rs.getString("name"), rs.getString("honorific"),
				rs.getString("description"), rs.getLong("roles"), rs.getLong("version"));
	}

	private static @Nullable UnescoRegion region(@Nullable String name) {
		return name == null ? null : UnescoRegion.valueOf(name);
	}

	private Map<String, String> countryNames(Locale locale) {
		return referenceData.countries(locale).stream().collect(Collectors.toMap(CountryInfo::code, CountryInfo::name));
	}

}
