package org.unesco.gnlc.conference;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unesco.gnlc.conference.AttachmentInspector.Inspected;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.web.StaleEditException;

/**
 * UIL keeps the outcome documents of a conference: their facts, structured points (in an
 * order UIL sets) and attachments. An attachment is checked by content and stored in
 * PostgreSQL with its history line, in one transaction.
 */
@Service
@Transactional
@RequiredArgsConstructor
class DocumentEditor {

	private final ConferenceEditor conferences;

	private final ConferenceDocumentRepository documents;

	private final ConferenceDocumentPointRepository points;

	private final ConferenceAttachmentRepository attachments;

	private final ConferenceAttachmentContentRepository contents;

	private final AttachmentInspector inspector;

	private final ConferenceHistory history;

	private final Clock clock;

	// Documents
	// ----------------------------------------------------------------------------------

	long addDocument(int number, DocumentForm form, PortalUser user) {
		Secretariat.require(user);
		Conference conference = conferences.locked(number);
		OutcomeDocument document = new OutcomeDocument(conference.id(), documents.lastPosition(conference.id()) + 1);
		FieldChanges changes = document.apply(form.type(), Texts.line(form.title()), form.adoptedOn(),
				Texts.paragraphs(form.summary()));
		documents.saveAndFlush(document);
		history.record(user, conference.id(), null, ChangeSubject.DOCUMENT, document.id(), document.title(),
				ChangeAction.CREATED, changes);
		return document.id();
	}

	void updateDocument(int number, long documentId, DocumentForm form, PortalUser user) {
		Secretariat.require(user);
		Conference conference = conferences.locked(number);
		OutcomeDocument document = document(conference, documentId);
		StaleEditException.check(form.version(), document.version(), "The document");
		FieldChanges changes = document.apply(form.type(), Texts.line(form.title()), form.adoptedOn(),
				Texts.paragraphs(form.summary()));
		if (!changes.isEmpty()) {
			documents.saveAndFlush(document);
			history.record(user, conference.id(), null, ChangeSubject.DOCUMENT, document.id(), document.title(),
					ChangeAction.UPDATED, changes);
		}
	}

	/** Deletes a document with its points and attachments. */
	void deleteDocument(int number, long documentId, long versionSeen, PortalUser user) {
		Secretariat.require(user);
		Conference conference = conferences.locked(number);
		OutcomeDocument document = document(conference, documentId);
		StaleEditException.check(versionSeen, document.version(), "The document");
		FieldChanges removed = new FieldChanges();
		removed.set("points", String.valueOf(points.findByDocumentIdOrderByPositionAsc(document.id()).size()), null);
		removed.set("attachments", String.valueOf(attachments.countByDocumentId(document.id())), null);
		removed.set("summary", document.summary(), null);
		documents.delete(document);
		documents.flush();
		history.record(user, conference.id(), null, ChangeSubject.DOCUMENT, document.id(), document.title(),
				ChangeAction.DELETED, removed);
	}

	// Points
	// -------------------------------------------------------------------------------------

	long addPoint(int number, long documentId, PointForm form, PortalUser user) {
		Secretariat.require(user);
		Conference conference = conferences.locked(number);
		OutcomeDocument document = document(conference, documentId);
		List<DocumentPoint> existing = points.findByDocumentIdOrderByPositionAsc(document.id());
		DocumentPoint point = new DocumentPoint(document.id(), existing.size() + 1);
		FieldChanges changes = point.apply(Texts.line(form.section()), Texts.line(form.label()),
				Texts.line(form.heading()), Texts.paragraphs(form.text()));
		points.saveAndFlush(point);
		history.record(user, conference.id(), null, ChangeSubject.POINT, point.id(), pointLabel(document, point),
				ChangeAction.CREATED, changes);
		return point.id();
	}

	void updatePoint(int number, long documentId, long pointId, PointForm form, PortalUser user) {
		Secretariat.require(user);
		Conference conference = conferences.locked(number);
		OutcomeDocument document = document(conference, documentId);
		DocumentPoint point = point(document, pointId);
		StaleEditException.check(form.version(), point.version(), "The point");
		FieldChanges changes = point.apply(Texts.line(form.section()), Texts.line(form.label()),
				Texts.line(form.heading()), Texts.paragraphs(form.text()));
		if (!changes.isEmpty()) {
			points.saveAndFlush(point);
			history.record(user, conference.id(), null, ChangeSubject.POINT, point.id(), pointLabel(document, point),
					ChangeAction.UPDATED, changes);
		}
	}

	void movePoint(int number, long documentId, long pointId, boolean up, PortalUser user) {
		Secretariat.require(user);
		Conference conference = conferences.locked(number);
		OutcomeDocument document = document(conference, documentId);
		DocumentPoint point = point(document, pointId);
		List<DocumentPoint> all = points.findByDocumentIdOrderByPositionAsc(document.id());
		int index = all.indexOf(point);
		int target = up ? index - 1 : index + 1;
		if (index < 0 || target < 0 || target >= all.size()) {
			return;
		}
		point.swapPositionWith(all.get(target));
		points.flush();
		history.record(user, conference.id(), null, ChangeSubject.POINT, point.id(), pointLabel(document, point),
				up ? ChangeAction.MOVED_UP : ChangeAction.MOVED_DOWN, new FieldChanges());
	}

	void deletePoint(int number, long documentId, long pointId, long versionSeen, PortalUser user) {
		Secretariat.require(user);
		Conference conference = conferences.locked(number);
		OutcomeDocument document = document(conference, documentId);
		DocumentPoint point = point(document, pointId);
		StaleEditException.check(versionSeen, point.version(), "The point");
		FieldChanges removed = new FieldChanges();
		removed.set("text", point.text(), null);
		points.delete(point);
		points.flush();
		List<DocumentPoint> rest = points.findByDocumentIdOrderByPositionAsc(document.id());
		for (int i = 0; i < rest.size(); i++) {
			if (rest.get(i).position() != i + 1) {
				rest.get(i).moveTo(i + 1);
			}
		}
		history.record(user, conference.id(), null, ChangeSubject.POINT, point.id(), pointLabel(document, point),
				ChangeAction.DELETED, removed);
	}

	// Attachments
	// --------------------------------------------------------------------------------

	long addAttachment(int number, long documentId, @Nullable String originalName, byte[] content, PortalUser user) {
		Secretariat.require(user);
		Conference conference = conferences.locked(number);
		OutcomeDocument document = document(conference, documentId);
		Inspected file = inspector.inspect(originalName, content);
		Attachment attachment = new Attachment(document.id(), file.fileName(), file.mediaType(), content.length,
				sha256(content), clock.instant(), user.fullName());
		attachments.saveAndFlush(attachment);
		contents.save(new AttachmentContent(attachment.id(), content));
		FieldChanges added = new FieldChanges();
		added.created("fileName", file.fileName());
		added.created("type", file.mediaType());
		added.created("size", content.length);
		history.record(user, conference.id(), null, ChangeSubject.ATTACHMENT, attachment.id(),
				document.title() + " · " + file.fileName(), ChangeAction.UPLOADED, added);
		return attachment.id();
	}

	void deleteAttachment(int number, long documentId, long attachmentId, PortalUser user) {
		Secretariat.require(user);
		Conference conference = conferences.locked(number);
		OutcomeDocument document = document(conference, documentId);
		Attachment attachment = attachments.findByIdAndDocumentId(attachmentId, document.id())
			.orElseThrow(() -> NotFound.of("Attachment"));
		FieldChanges removed = new FieldChanges();
		removed.set("fileName", attachment.fileName(), null);
		attachments.delete(attachment);
		attachments.flush();
		history.record(user, conference.id(), null, ChangeSubject.ATTACHMENT, attachment.id(),
				document.title() + " · " + attachment.fileName(), ChangeAction.DELETED, removed);
	}

	// Shared
	// -------------------------------------------------------------------------------------

	private OutcomeDocument document(Conference conference, long documentId) {
		return documents.findByIdAndConferenceId(documentId, conference.id())
			.orElseThrow(() -> NotFound.of("Document"));
	}

	private DocumentPoint point(OutcomeDocument document, long pointId) {
		return points.findByIdAndDocumentId(pointId, document.id()).orElseThrow(() -> NotFound.of("Point"));
	}

	private static String pointLabel(OutcomeDocument document, DocumentPoint point) {
		return document.title() + " · " + point.displayLabel();
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java platform", ex);
		}
	}

}
