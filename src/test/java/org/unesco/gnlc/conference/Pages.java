package org.unesco.gnlc.conference;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * Reading rendered pages in tests: a part of a page by its element id, and its visible
 * text.
 */
final class Pages {

	private Pages() {
	}

	/** The element with this id and everything inside it, up to its closing tag. */
	static String element(String html, String id) {
		Matcher opening = Pattern.compile("<(\\w+)[^>]*\\sid=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(html);
		if (!opening.find()) {
			throw new AssertionError("No element with id " + id);
		}
		String tag = opening.group(1);
		Pattern tags = Pattern.compile("<(/?)" + tag + "\\b[^>]*>");
		Matcher matcher = tags.matcher(html);
		int depth = 0;
		matcher.region(opening.start(), html.length());
		while (matcher.find()) {
			depth += matcher.group(1).isEmpty() ? 1 : -1;
			if (depth == 0) {
				return html.substring(opening.start(), matcher.end());
			}
		}
		throw new AssertionError("Element " + id + " is not closed");
	}

	/** The text a reader sees: tags removed, entities decoded, spaces collapsed. */
	static String text(String html) {
		String withoutComments = html.replaceAll("(?s)<!--.*?-->", "");
		String inlineJoined = withoutComments.replaceAll("</?(a|span|strong|em|b|i|mark|ins|del|time|abbr)\\b[^>]*>",
				"");
		return HtmlUtils.htmlUnescape(inlineJoined.replaceAll("<[^>]+>", " "))
			.replaceAll("\\s+", " ")
			.replaceAll(" ([,.)])", "$1")
			.replaceAll("\\( ", "(")
			.strip();
	}

	/** The id of the session whose heading is exactly this text. */
	static String sessionId(String html, String heading) {
		Matcher matcher = Pattern
			.compile("<h4[^>]*id=\"(session-\\d+)-heading\"[^>]*>" + Pattern.quote(HtmlUtils.htmlEscape(heading))
					+ "</h4>")
			.matcher(html);
		if (!matcher.find()) {
			throw new AssertionError("No session headed " + heading);
		}
		return matcher.group(1);
	}

}
