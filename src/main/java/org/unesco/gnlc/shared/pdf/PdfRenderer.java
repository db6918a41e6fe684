package org.unesco.gnlc.shared.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import org.unesco.gnlc.shared.web.Attachments;
import org.unesco.gnlc.shared.web.Language;

/**
 * Renders a Thymeleaf template (XHTML with print CSS) to PDF with openhtmltopdf. The
 * DejaVu Sans font is embedded so that every name prints as written (Ybycuí, Câmara de
 * Lobos, Sønderborg), whatever the reader's machine has; Arabic documents are set in
 * Amiri (a Naskh font under the SIL Open Font License, which allows embedding:
 * fonts/LICENSE-Amiri.txt), with DejaVu Sans as the fallback of the templates' font list.
 * ICU splits every text into runs by the Unicode bidirectional algorithm, shapes Arabic
 * letters into their joined forms and orders right-to-left runs, so that Arabic reads
 * right to left and numbers, e-mail addresses and Latin names inside it keep their own
 * direction.
 */
@Component
@RequiredArgsConstructor
public class PdfRenderer {

	private static final String FONT_FAMILY = "DejaVu Sans";

	private static final String ARABIC_FONT_FAMILY = "Amiri";

	private final ITemplateEngine templates;

	private final ApplicationContext applicationContext;

	public byte[] render(String template, Map<String, Object> model, Locale locale) {
		return render(template, model, locale, null);
	}

	/**
	 * The rendered document as the answer to a download: a PDF attachment saved under
	 * this (ASCII) file name.
	 */
	public ResponseEntity<byte[]> attachment(String template, Map<String, Object> model, Locale locale,
			String fileName) {
		return Attachments.of(render(template, model, locale), MediaType.APPLICATION_PDF, fileName);
	}

	/**
	 * @param baseUri where relative links of the document point to (the portal's
	 * address), or null
	 */
	public byte[] render(String template, Map<String, Object> model, Locale locale, @Nullable String baseUri) {
		Context context = new Context(locale, model);
		// The same helpers as the pages ({@code @dates}), so that a PDF writes dates as
		// they do.
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(applicationContext, null));
		String html = templates.process(template, context);
		try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			// A tagged PDF that screen readers can follow.
			builder.usePdfUaAccessibility(true);
			builder.withProducer("GNLC Portal");
			builder.useFont(() -> font("fonts/DejaVuSans.ttf"), FONT_FAMILY, 400, PdfRendererBuilder.FontStyle.NORMAL,
					true);
			builder.useFont(() -> font("fonts/DejaVuSans-Bold.ttf"), FONT_FAMILY, 700,
					PdfRendererBuilder.FontStyle.NORMAL, true);
			builder.useFont(() -> font("fonts/Amiri-Regular.ttf"), ARABIC_FONT_FAMILY, 400,
					PdfRendererBuilder.FontStyle.NORMAL, true);
			builder.useFont(() -> font("fonts/Amiri-Bold.ttf"), ARABIC_FONT_FAMILY, 700,
					PdfRendererBuilder.FontStyle.NORMAL, true);
			builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
			builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
			builder.defaultTextDirection(Language.of(locale).rightToLeft() ? TextDirection.RTL : TextDirection.LTR);
			builder.withHtmlContent(html, baseUri);
			builder.toStream(pdf);
			builder.run();
			return pdf.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not render " + template + " as PDF", ex);
		}
	}

	private static InputStream font(String path) {
		try {
			return new ClassPathResource(path).getInputStream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
