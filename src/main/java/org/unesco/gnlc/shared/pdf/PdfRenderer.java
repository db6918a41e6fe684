package org.unesco.gnlc.shared.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a Thymeleaf template (XHTML with print CSS) to PDF with openhtmltopdf. The DejaVu
 * Sans font is embedded so that every name prints as written (Ybycuí, Câmara de Lobos,
 * Sønderborg), whatever the reader's machine has.
 */
@Component
public class PdfRenderer {

	private static final String FONT_FAMILY = "DejaVu Sans";

	private final ITemplateEngine templates;

	PdfRenderer(ITemplateEngine templates) {
		this.templates = templates;
	}

	public byte[] render(String template, Map<String, Object> model, Locale locale) {
		return render(template, model, locale, null);
	}

	/**
	 * @param baseUri where relative links of the document point to (the portal's address), or null
	 */
	public byte[] render(String template, Map<String, Object> model, Locale locale, @Nullable String baseUri) {
		String html = templates.process(template, new Context(locale, model));
		try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			// A tagged PDF that screen readers can follow.
			builder.usePdfUaAccessibility(true);
			builder.withProducer("GNLC Portal");
			builder.useFont(() -> font("fonts/DejaVuSans.ttf"), FONT_FAMILY, 400,
					PdfRendererBuilder.FontStyle.NORMAL, true);
			builder.useFont(() -> font("fonts/DejaVuSans-Bold.ttf"), FONT_FAMILY, 700,
					PdfRendererBuilder.FontStyle.NORMAL, true);
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
