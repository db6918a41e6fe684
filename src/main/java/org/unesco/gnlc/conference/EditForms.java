package org.unesco.gnlc.conference;

import java.util.function.Supplier;

import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one way an editing form of the conference records is saved: a valid form is handed
 * to the editor, which answers the redirection to follow; an invalid form, or an edit the
 * record rejects, shows the form again with each problem at its field and nothing saved.
 */
final class EditForms {

	private EditForms() {
	}

	/**
	 * @param save performs the edit and answers the redirection to follow
	 * ({@code redirect:...})
	 * @param form the view name of the form, with its model filled in
	 */
	static String saveOrShowAgain(BindingResult result, RedirectAttributes redirect, String successKey,
			Supplier<String> save, Supplier<String> form) {
		if (!result.hasErrors()) {
			try {
				String next = save.get();
				redirect.addFlashAttribute("success", successKey);
				return next;
			}
			catch (EditRejected rejected) {
				rejected.reportTo(result);
			}
		}
		return form.get();
	}

}
