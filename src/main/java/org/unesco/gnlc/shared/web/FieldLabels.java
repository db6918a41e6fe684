package org.unesco.gnlc.shared.web;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The name of a field in its error messages: the labelled variants of the portal's
 * generic messages ({@code labelled.NotBlank}, {@code labelled.typeMismatch}, …, chosen
 * by {@link LabelledMessageCodes}) begin with {@code {0}}, the field's label, found under
 * {@code <form>.<field>} ({@code form.population}). Spring's own argument would fall back
 * to the property's Java name.
 */
final class FieldLabels {

	static final String UNNAMED = "form.field.unnamed";

	private FieldLabels() {
	}

	static DefaultMessageSourceResolvable of(String objectName, String field) {
		return new DefaultMessageSourceResolvable(new String[] { code(objectName, field), UNNAMED });
	}

	/** The key of a field's label: contacts[0].email is labelled once for every line. */
	static String code(String objectName, String field) {
		return objectName + "." + field.replaceAll("\\[[^]]*]", "");
	}

}
