package org.unesco.gnlc.conference;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.unesco.gnlc.conference.ConferenceRecords.DocumentRow;

/** An outcome document: type, title, the date it was adopted and a summary. */
record DocumentForm(@NotNull @Nullable DocumentType type, @NotBlank @Size(max = 300) @Nullable String title,
		@DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate adoptedOn, @Size(max = 10_000) @Nullable String summary,
		long version) {

	static DocumentForm empty() {
		return new DocumentForm(DocumentType.DECLARATION, null, null, null, 0);
	}

	static DocumentForm of(DocumentRow document) {
		return new DocumentForm(document.type(), document.title(), document.adoptedOn(), document.summary(),
				document.version());
	}

}
