package org.unesco.gnlc.shared.web;

import java.io.Serializable;
import java.util.Arrays;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * An upload refused by its content or size, shown on the page it came from in the error
 * summary and at its file field ({@code fragments/forms :: fileField}), whose id the form
 * sends as {@value #FIELD_PARAMETER}.
 */
public record FileError(String field, String messageKey, @Nullable Object[] arguments) implements Serializable {

	/** The request parameter naming the id of the file field of the form. */
	public static final String FIELD_PARAMETER = "_fileField";

	private static final Pattern FIELD_ID = Pattern.compile("[A-Za-z][A-Za-z0-9-]{0,60}");

	public FileError {
		arguments = Arrays.stream(arguments).map(FileError::serializable).toArray();
	}

	/** Only an id the fragment could have written is ever echoed into the page. */
	static boolean isFieldId(String value) {
		return FIELD_ID.matcher(value).matches();
	}

	private static @Nullable Object serializable(@Nullable Object argument) {
		return argument == null || argument instanceof Serializable ? argument : argument.toString();
	}

}
