package org.unesco.gnlc.reference;

import java.util.Locale;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The Key Features of Learning Cities, the framework every member city works with. */
@Controller
@RequiredArgsConstructor
class KeyFeaturesController {

	private final ReferenceData referenceData;

	@GetMapping("/key-features")
	String keyFeatures(Model model, Locale locale) {
		model.addAttribute("areas", referenceData.keyFeatures(locale));
		return "reference/key-features";
	}

}
