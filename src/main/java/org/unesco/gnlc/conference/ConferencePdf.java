package org.unesco.gnlc.conference;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.unesco.gnlc.conference.ConferenceRecords.ConferenceRecord;

/**
 * A conference's record as a PDF in the reader's language: the Thymeleaf print template
 * rendered by openhtmltopdf, with DejaVu Sans embedded so that every accent of the record
 * (Ybycuí, Köseoğlu, Ní Dhálaigh) prints as written.
 */
@Component
class ConferencePdf {

	private static final String FONT_FAMILY = "DejaVu Sans";

	private final ITemplateEngine templates;

	private final ConferenceDates dates;

	/** Rendering costs far more than reading: recent PDFs are kept until their record changes. */
	private final Map<String, byte[]> recent = java.util.Collections.synchronizedMap(
			new java.util.LinkedHashMap<>(16, 0.75f, true) {
				@Override
				protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
					return size() > KEPT;
				}
			});

	private static final int KEPT = 24;

	ConferencePdf(ITemplateEngine templates, ConferenceDates dates) {
		this.templates = templates;
		this.dates = dates;
	}

	byte[] render(ConferenceRecord record, String portalAddress, Locale locale) {
		// Every change of a record is in its history: the time of the last one tells versions apart.
		String key = record.conference().number() + "|" + record.conference().version() + "|" + record.lastChange() + "|"
				+ locale.getLanguage() + "|" + portalAddress;
		return recent.computeIfAbsent(key, unused -> rendered(record, portalAddress, locale));
	}

	private byte[] rendered(ConferenceRecord record, String portalAddress, Locale locale) {
		String html = templates.process("conference/print",
				new Context(locale, Map.of("record", record, "portalAddress", portalAddress, "dates", dates)));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePdfUaAccessibility(true);
			builder.withProducer("GNLC Portal");
			builder.useFont(() -> font("DejaVuSans.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true);
			builder.withHtmlContent(html, portalAddress + "/");
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new IllegalStateException("The record of conference " + record.conference().number()
					+ " could not be written as PDF", ex);
		}
		return out.toByteArray();
	}

	private static InputStream font(String file) {
		InputStream font = ConferencePdf.class.getResourceAsStream("/fonts/" + file);
		if (font == null) {
			throw new IllegalStateException("The font " + file + " is missing from the application");
		}
		return font;
	}

}
