package org.unesco.gnlc.conference;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import org.unesco.gnlc.conference.ConferenceRecords.ConferenceRecord;
import org.unesco.gnlc.shared.pdf.PdfRenderer;

/**
 * A conference's record as a PDF in the reader's language: the print template rendered by
 * the portal's {@link PdfRenderer} (DejaVu Sans embedded, so Ybycuí, Köseoğlu and Ní
 * Dhálaigh print as written), kept while the record does not change.
 */
@Component
@RequiredArgsConstructor
class ConferencePdf {

	private final PdfRenderer pdf;

	private final ConferenceDates dates;

	/**
	 * Rendering costs far more than reading: recent PDFs are kept until their record
	 * changes.
	 */
	private final Map<String, byte[]> recent = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
			return size() > KEPT;
		}
	});

	private static final int KEPT = 24;

	byte[] render(ConferenceRecord record, String portalAddress, Locale locale) {
		// Every change of a record is in its history: the time of the last one tells
		// versions apart.
		String key = record.conference().number() + "|" + record.conference().version() + "|" + record.lastChange()
				+ "|" + locale.getLanguage() + "|" + portalAddress;
		return recent.computeIfAbsent(key, unused -> rendered(record, portalAddress, locale));
	}

	private byte[] rendered(ConferenceRecord record, String portalAddress, Locale locale) {
		return pdf.render("conference/print", Map.of("record", record, "portalAddress", portalAddress, "dates", dates),
				locale, portalAddress + "/");
	}

}
