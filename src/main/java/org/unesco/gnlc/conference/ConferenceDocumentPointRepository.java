package org.unesco.gnlc.conference;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConferenceDocumentPointRepository extends JpaRepository<DocumentPoint, Long> {

	Optional<DocumentPoint> findByIdAndDocumentId(long id, long documentId);

	List<DocumentPoint> findByDocumentIdOrderByPositionAsc(long documentId);

}
