package org.unesco.gnlc.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.validation.MessageCodesResolver;

/**
 * Spring's message codes of a field error, with a labelled variant of each generic one:
 * when the field has a label ({@code form.population}), {@code labelled.typeMismatch}
 * ("{0}: enter a whole number", {0} being the label, {@link FieldLabels}) comes before
 * {@code typeMismatch} ("Enter a whole number"), so that the message names the field. A
 * message written for the field itself ({@code NotBlank.form.cityName}) still comes
 * first; a field without a label keeps the plain message.
 */
final class LabelledMessageCodes implements MessageCodesResolver {

	static final String PREFIX = "labelled.";

	private final DefaultMessageCodesResolver codes = new DefaultMessageCodesResolver();

	private final MessageSource messages;

	LabelledMessageCodes(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public String[] resolveMessageCodes(String errorCode, String objectName) {
		return codes.resolveMessageCodes(errorCode, objectName);
	}

	@Override
	public String[] resolveMessageCodes(String errorCode, String objectName, String field,
			@Nullable Class<?> fieldType) {
		String[] all = codes.resolveMessageCodes(errorCode, objectName, field, fieldType);
		if (!hasLabel(objectName, field)) {
			return all;
		}
		List<String> withLabelled = new ArrayList<>();
		for (String code : all) {
			boolean generic = code.equals(errorCode)
					|| (fieldType != null && code.equals(errorCode + "." + fieldType.getName()));
			if (generic) {
				withLabelled.add(PREFIX + code);
			}
			withLabelled.add(code);
		}
		return withLabelled.toArray(String[]::new);
	}

	private boolean hasLabel(String objectName, String field) {
		// Every bundle has the same keys (MessageBundlesTests): English answers for all.
		return messages.getMessage(FieldLabels.code(objectName, field), null, null, Locale.ENGLISH) != null;
	}

}
