package org.unesco.gnlc.conference;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Cleans text typed into the forms before it is stored: no control or private-use
 * characters (the search highlights use private-use characters as markers), no stray
 * spaces, and blank meaning absent.
 */
final class Texts {

	private Texts() {
	}

	/** One line: spaces collapsed, ends trimmed; null when blank. */
	static @Nullable String line(@Nullable String text) {
		if (text == null) {
			return null;
		}
		String clean = withoutControls(text, false).replaceAll("\\s+", " ").strip();
		return clean.isEmpty() ? null : clean;
	}

	/**
	 * Several paragraphs: line breaks kept (as \n), lines trimmed at the end; null when
	 * blank.
	 */
	static @Nullable String paragraphs(@Nullable String text) {
		if (text == null) {
			return null;
		}
		String unified = withoutControls(text.replace("\r\n", "\n").replace('\r', '\n'), true);
		String clean = Arrays.stream(unified.split("\n", -1))
			.map(String::stripTrailing)
			.reduce((a, b) -> a + "\n" + b)
			.orElse("")
			.replaceAll("\n{3,}", "\n\n")
			.strip();
		return clean.isEmpty() ? null : clean;
	}

	/** A list typed one item a line: each line cleaned, empty lines dropped. */
	static List<String> lines(@Nullable String text) {
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.split("\\R"))
			.map(Texts::line)
			.filter(line -> line != null)
			.map(String::valueOf)
			.toList();
	}

	/** The list back as text, one item a line; null when empty. */
	static @Nullable String joinLines(@Nullable String text) {
		List<String> lines = lines(text);
		return lines.isEmpty() ? null : String.join("\n", lines);
	}

	private static String withoutControls(String text, boolean keepLineBreaks) {
		StringBuilder clean = new StringBuilder(text.length());
		text.codePoints().forEach(codePoint -> {
			if (keepLineBreaks && codePoint == '\n') {
				clean.append('\n');
			}
			else if (codePoint == '\t') {
				clean.append(' ');
			}
			else if (!Character.isISOControl(codePoint) && Character.getType(codePoint) != Character.PRIVATE_USE) {
				clean.appendCodePoint(codePoint);
			}
		});
		return clean.toString();
	}

}
