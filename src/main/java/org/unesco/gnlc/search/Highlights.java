package org.unesco.gnlc.search;

import java.util.ArrayList;
import java.util.List;

/**
 * How matches are marked. {@code ts_headline} puts a private-use character before and
 * after each match (the portal never stores those characters: forms remove them and
 * sources strip them from the text they give ts_headline). The page then shows the
 * excerpt as segments, each escaped by Thymeleaf, the marked ones inside {@code <mark>}:
 * no record text is ever written as raw HTML.
 */
public final class Highlights {

	public static final char START = '\uE000';

	public static final char STOP = '\uE001';

	/** Options for {@code ts_headline} on an excerpt of a long text. */
	public static final String EXCERPT_OPTIONS = "StartSel=\"" + START + "\", StopSel=\"" + STOP
			+ "\", MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=\" … \"";

	/** Options for {@code ts_headline} on a short text shown whole, such as a title. */
	public static final String WHOLE_OPTIONS = "StartSel=\"" + START + "\", StopSel=\"" + STOP
			+ "\", HighlightAll=true";

	/** The two markers, for SQL {@code translate(text, :markers, '')}. */
	public static final String MARKERS = String.valueOf(START) + STOP;

	private Highlights() {
	}

	/** A piece of an excerpt: a match or the text between matches. */
	public record Segment(String text, boolean match) {
	}

	/** Splits a marked excerpt into segments; stray or unbalanced markers never show. */
	public static List<Segment> segments(String marked) {
		List<Segment> segments = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		boolean inMatch = false;
		for (int i = 0; i < marked.length(); i++) {
			char c = marked.charAt(i);
			if (c == START || c == STOP) {
				boolean opening = c == START;
				if (opening != inMatch) {
					flush(segments, current, inMatch);
					inMatch = opening;
				}
			}
			else {
				current.append(c);
			}
		}
		flush(segments, current, inMatch);
		return List.copyOf(segments);
	}

	/** The text without its markers. */
	public static String plain(String marked) {
		return marked.replace(String.valueOf(START), "").replace(String.valueOf(STOP), "");
	}

	private static void flush(List<Segment> segments, StringBuilder current, boolean match) {
		if (!current.isEmpty()) {
			segments.add(new Segment(current.toString(), match));
			current.setLength(0);
		}
	}

}
