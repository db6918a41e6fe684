package org.unesco.gnlc.conference;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConferenceAttachmentRepository extends JpaRepository<Attachment, Long> {

	Optional<Attachment> findByIdAndDocumentId(long id, long documentId);

	long countByDocumentId(long documentId);

}
