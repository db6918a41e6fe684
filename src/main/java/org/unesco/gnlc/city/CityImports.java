package org.unesco.gnlc.city;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import org.unesco.gnlc.city.ImportPlanner.CityStep;
import org.unesco.gnlc.city.ImportPlanner.Planned;
import org.unesco.gnlc.city.ImportRowChecks.Person;
import org.unesco.gnlc.shared.files.CheckedFile;
import org.unesco.gnlc.shared.files.DocumentContent;
import org.unesco.gnlc.shared.files.FileKind;
import org.unesco.gnlc.shared.files.StoredDocument;
import org.unesco.gnlc.shared.security.Actor;
import org.unesco.gnlc.shared.security.Role;
import org.unesco.gnlc.shared.web.StaleEditException;

/**
 * UIL brings the existing network in: a file is uploaded and previewed (its record and
 * file kept, no city written), then applied in one transaction, every change in the
 * city's history with the file's name; the people it names are invited, their mails held
 * until UIL sends them.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class CityImports {

	/** An import as its page shows it; the plan only while it can still be applied. */
	record ImportPage(CityImport record, @Nullable ImportPlan plan, int heldInvitations,
			List<StoredDocument<ImportDocuments.Kind>> files) {
	}

	private final CityImportRepository imports;

	private final ImportDocuments documents;

	private final ImportPlanner planner;

	private final CityRepository cities;

	private final Cities network;

	private final ProfileHistory history;

	private final ImportedPeople people;

	private final Clock clock;

	/**
	 * Keeps the uploaded file with a new import record, previewed. A file that cannot be
	 * read as a whole is refused ({@link ImportTable.UnreadableFile}) and nothing is
	 * kept.
	 */
	@Transactional
	long upload(ImportKind kind, CheckedFile file, Actor actor) {
		Planned planned = planner.plan(kind, ImportTable.read(file, kind));
		Instant now = clock.instant();
		CityImport record = imports.save(new CityImport(kind, file.fileName(), planned.plan().counts(), actor, now));
		documents.store(record.getId(), ImportDocuments.Kind.SOURCE, file, null, now, actor.name());
		return record.getId();
	}

	Page<CityImport> list(Pageable pageable) {
		return imports.findAllByOrderByUploadedAtDescIdDesc(pageable);
	}

	/**
	 * The import, and while it is previewed its plan against the portal's records as they
	 * are now.
	 */
	ImportPage page(long id) {
		CityImport record = find(id);
		record.getTransitions().size();
		ImportPlan plan = record.getState() == CityImport.State.PREVIEWED ? plan(record).plan() : null;
		int held = record.getState() == CityImport.State.APPLIED ? people.held(record.invitationBatch()) : 0;
		return new ImportPage(record, plan, held, documents.of(id));
	}

	/**
	 * Writes the valid rows in one transaction (planned again against the records as they
	 * are now) and records the counts. Refused for a stale page, for an import no longer
	 * previewed, and for a file with errors unless the person accepted to apply its valid
	 * rows only.
	 */
	@Transactional
	ImportPlan.Counts apply(long id, long seenVersion, boolean errorsAccepted, Actor actor) {
		CityImport record = find(id);
		record.require(CityImport.State.PREVIEWED);
		StaleEditException.check(seenVersion, record.getVersion(), "The import of " + record.getFileName());
		Planned planned = plan(record);
		ImportPlan.Counts counts = planned.plan().counts();
		Instant now = clock.instant();
		record.applied(counts, errorsAccepted, actor, now);
		List<ImportedPeople.Invitee> invitations = new ArrayList<>();
		List<CityStep> creations = planned.cities().stream().filter(step -> step.existing() == null).toList();
		Iterator<String> slugs = network
			.uniqueSlugs(creations.stream()
				.map(step -> new Cities.NewCity(step.row().name(), step.row().countryCode()))
				.toList())
			.iterator();
		for (CityStep step : planned.cities()) {
			City city = step.existing() != null ? step.existing()
					: new City(slugs.next(), step.row().name(), step.row().countryCode());
			if (!city.isMember()) {
				city.admit(step.target().memberSince());
			}
			city.reviseProfile(step.target());
			if (step.existing() == null) {
				// Persisted with its profile: one insert, no update.
				city = cities.save(city);
			}
			history.recordImport(city.id(), actor, now, step.changes(), record.getFileName());
			if (step.invite() != null) {
				invitations.add(invitation(step.invite(), Role.CITY_OFFICIAL, city.id(), city.countryCode()));
			}
		}
		for (Person contact : planned.contacts()) {
			invitations.add(invitation(contact, Role.NATCOM_ENDORSER, null, planned.contactCountries().get(contact)));
		}
		people.inviteHeld(invitations, record.invitationBatch(), actor.accountId());
		imports.save(record);
		return counts;
	}

	@Transactional
	void discard(long id, long seenVersion, Actor actor) {
		CityImport record = find(id);
		record.require(CityImport.State.PREVIEWED);
		StaleEditException.check(seenVersion, record.getVersion(), "The import of " + record.getFileName());
		record.discarded(actor, clock.instant());
		imports.save(record);
	}

	/**
	 * Sends the held invitations of an applied import through the outbox; answers how
	 * many went.
	 */
	@Transactional
	int sendInvitations(long id, long seenVersion, Actor actor) {
		CityImport record = find(id);
		record.require(CityImport.State.APPLIED);
		StaleEditException.check(seenVersion, record.getVersion(), "The import of " + record.getFileName());
		int sent = people.sendHeld(record.invitationBatch(), actor.accountId(), actor.name());
		record.invitationsSent(sent, actor, clock.instant());
		imports.save(record);
		return sent;
	}

	DocumentContent file(long id, long documentId) {
		find(id);
		return documents.download(id, documentId);
	}

	private Planned plan(CityImport record) {
		StoredDocument<ImportDocuments.Kind> source = documents.latest(record.getId(), ImportDocuments.Kind.SOURCE)
			.orElseThrow(() -> new IllegalStateException("An import keeps its file"));
		DocumentContent content = documents.download(record.getId(), source.id());
		FileKind kind = FileKind.ofMediaType(content.contentType()).orElse(FileKind.CSV);
		CheckedFile file = CheckedFile.of(content.fileName(), kind, content.bytes());
		return planner.plan(record.getKind(), ImportTable.read(file, record.getKind()));
	}

	private CityImport find(long id) {
		return imports.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static ImportedPeople.Invitee invitation(Person person, Role role, @Nullable Long cityId,
			@Nullable String countryCode) {
		return new ImportedPeople.Invitee(person.email(), person.name(), role, cityId, countryCode, person.language());
	}

}
