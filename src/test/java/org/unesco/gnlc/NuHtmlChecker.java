package org.unesco.gnlc;

import java.io.IOException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Nu HTML Checker (the engine of the W3C's validator.w3.org/nu), run in-process with
 * the schema its command line uses for text/html: HTML, SVG, MathML and RDFa, with its
 * assertions and checkers. The schemas are read once (a few seconds); each page then
 * takes milliseconds. Only errors are kept: warnings and information are advice, not
 * invalid HTML.
 */
final class NuHtmlChecker {

	private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

	private static NuHtmlChecker instance;

	private final SimpleDocumentValidator validator;

	private final List<String> errors = new ArrayList<>();

	private NuHtmlChecker() throws Exception {
		// Neither log4j's own configuration (logs go to SLF4J) nor the guessing of a
		// page's language.
		this.validator = new SimpleDocumentValidator(false, false, false);
		this.validator.setUpMainSchema(HTML_SCHEMA, new Collector(new ArrayList<>()));
		this.validator.setUpValidatorAndParsers(new Collector(this.errors), true, false);
	}

	/** The one checker of the test run: the schemas are compiled once. */
	static synchronized NuHtmlChecker get() throws Exception {
		if (instance == null) {
			instance = new NuHtmlChecker();
		}
		return instance;
	}

	/**
	 * Every error in the page, as "line L, column C: message", in the order of the page.
	 */
	synchronized List<String> errors(String page) throws IOException, SAXException {
		this.errors.clear();
		this.validator
			.checkHtmlInputSource(new InputSource(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8))));
		return List.copyOf(this.errors);
	}

	private record Collector(List<String> errors) implements ErrorHandler {

		@Override
		public void warning(SAXParseException exception) {
		}

		@Override
		public void error(SAXParseException exception) {
			this.errors.add("line " + exception.getLineNumber() + ", column " + exception.getColumnNumber() + ": "
					+ exception.getMessage());
		}

		@Override
		public void fatalError(SAXParseException exception) {
			error(exception);
		}

	}

}
