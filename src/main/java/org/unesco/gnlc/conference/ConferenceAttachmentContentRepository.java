package org.unesco.gnlc.conference;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConferenceAttachmentContentRepository extends JpaRepository<AttachmentContent, Long> {

}
