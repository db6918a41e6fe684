package org.unesco.gnlc.shared.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import jakarta.validation.Constraint;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * D10: every constrained component of a form record has a label {@code <form>.<field>} in
 * every bundle, so that its generic messages name it ({@link LabelledMessageCodes}). The
 * form records are found, not listed: a new form without labels fails here.
 */
class FieldLabelsCoverageTests {

	private static final List<String> LANGUAGES = List.of("", "_fr", "_es", "_ar");

	/** Records bound under another name than their uncapitalised simple name. */
	private static final Map<String, String> OBJECT_NAMES = Map.ofEntries(Map.entry("membership.SectionForms", "form"),
			Map.entry("progress.ProgressForms", "form"), Map.entry("award.AwardApplicationForms", "form"),
			Map.entry("progress.ProgressForms$RoundForm", "roundForm"),
			Map.entry("progress.ProgressForms$ReviewForm", "reviewForm"),
			Map.entry("award.EndorserInvitationForm", "endorserInvitation"),
			Map.entry("award.JuryForms$JurySelectionForm", "selectionForm"),
			Map.entry("award.JuryForms$JuryPublishForm", "publishForm"));

	/** Form records whose constrained components the reader never types or chooses. */
	private static final Set<String> HIDDEN = Set.of(
			// The hidden identifiers posted by a button: a refused one is not a typing
			// error.
			"award.ReviewForms$AssignForm", "award.ReviewForms$ShortlistForm.applicationId",
			// One score per criterion, each labelled on the page by the criterion's own
			// name.
			"award.ReviewForms$ScoreEntry",
			// Taken from the chosen country before the form shows; a hidden field.
			"account.RegistrationForm.countryCode");

	/** The optimistic lock every form posts back in a hidden field. */
	private static final Set<String> VERSIONS = Set.of("version", "cycleVersion", "countryVersion",
			"commissionVersion");

	@Test
	void everyConstrainedFieldOfEveryFormHasALabelInEveryLanguage() throws Exception {
		List<Properties> bundles = new ArrayList<>();
		for (String language : LANGUAGES) {
			bundles.add(bundle(language));
		}
		List<String> missing = new ArrayList<>();
		List<String> checked = new ArrayList<>();
		for (Class<?> form : formRecords()) {
			String name = form.getName().substring("org.unesco.gnlc.".length());
			if (HIDDEN.contains(name)) {
				continue;
			}
			for (var component : form.getRecordComponents()) {
				String field = component.getName();
				if (VERSIONS.contains(field) || HIDDEN.contains(name + "." + field)
						|| !constrained(form.getDeclaredField(field).getAnnotations())) {
					continue;
				}
				String key = objectName(form, name) + "." + field;
				checked.add(key);
				for (int i = 0; i < LANGUAGES.size(); i++) {
					if (!StringUtils.hasText(bundles.get(i).getProperty(key))) {
						missing.add(key + " in messages" + LANGUAGES.get(i));
					}
				}
			}
		}
		assertThat(checked).contains("registrationForm.email", "conferenceForm.year", "form.population");
		assertThat(missing).isEmpty();
	}

	private static String objectName(Class<?> form, String name) {
		String owner = name.contains("$") ? name.substring(0, name.indexOf('$')) : name;
		return OBJECT_NAMES.getOrDefault(name,
				OBJECT_NAMES.getOrDefault(owner, StringUtils.uncapitalize(form.getSimpleName())));
	}

	private static boolean constrained(Annotation[] annotations) {
		for (Annotation annotation : annotations) {
			if (annotation.annotationType().isAnnotationPresent(Constraint.class)) {
				return true;
			}
		}
		return false;
	}

	private static List<Class<?>> formRecords() throws ClassNotFoundException {
		var scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(
				(reader, factory) -> Record.class.getName().equals(reader.getClassMetadata().getSuperClassName())
						&& reader.getClassMetadata().getClassName().endsWith("Form"));
		List<Class<?>> forms = new ArrayList<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents("org.unesco.gnlc")) {
			forms.add(ClassUtils.forName(candidate.getBeanClassName(), null));
		}
		forms.add(ClassUtils.forName("org.unesco.gnlc.award.ReviewForms$ScoreEntry", null));
		return forms;
	}

	private static Properties bundle(String language) throws IOException {
		Properties all = new Properties();
		var resolver = new PathMatchingResourcePatternResolver();
		for (String pattern : List.of("classpath*:messages%s.properties", "classpath*:i18n/*/messages%s.properties")) {
			for (Resource resource : resolver.getResources(pattern.formatted(language))) {
				try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
					all.load(reader);
				}
			}
		}
		return all;
	}

}
