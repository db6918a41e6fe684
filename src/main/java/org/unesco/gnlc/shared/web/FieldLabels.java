package org.unesco.gnlc.shared.web;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The name of a field in its error messages: the portal's generic messages
 * ({@code NotBlank}, {@code Max}, {@code typeMismatch}, …) begin with {@code {0}}, the
 * field's label, found under {@code <form>.<field>} ({@code form.population}), else "This
 * answer". Spring's own argument would fall back to the property's Java name.
 */
final class FieldLabels {

	static final String UNNAMED = "form.field.unnamed";

	private FieldLabels() {
	}

	static DefaultMessageSourceResolvable of(String objectName, String field) {
		// contacts[0].email is labelled once for every line: form.contacts.email
		String property = field.replaceAll("\\[[^]]*]", "");
		return new DefaultMessageSourceResolvable(new String[] { objectName + "." + property, UNNAMED });
	}

}
