package org.unesco.gnlc.shared.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text exists in English, French, Spanish and Arabic, and every key a template
 * names exists.
 */
class MessageBundlesTests {

	private static final List<String> TRANSLATIONS = List.of("fr", "es", "ar");

	@Test
	void everyKeyExistsInFrenchSpanishAndArabicAndNoTranslationHasKeysOfItsOwn() throws IOException {
		for (Resource english : bundles()) {
			Set<String> keys = keys(english);
			for (String language : TRANSLATIONS) {
				Resource translation = english.createRelative("messages_" + language + ".properties");
				assertThat(translation.exists()).as("%s exists", translation.getDescription()).isTrue();
				Set<String> translated = keys(translation);
				Set<String> missing = new TreeSet<>(keys);
				missing.removeAll(translated);
				Set<String> extra = new TreeSet<>(translated);
				extra.removeAll(keys);
				assertThat(missing).as("keys missing in %s", translation.getFilename()).isEmpty();
				assertThat(extra).as("keys only in %s", translation.getFilename()).isEmpty();
			}
		}
	}

	@Test
	void everyTextIsAValidMessageFormatWithTheSamePlaceholdersInEachLanguage() throws IOException {
		for (Resource english : bundles()) {
			Properties base = load(english);
			for (String language : TRANSLATIONS) {
				Properties translated = load(english.createRelative("messages_" + language + ".properties"));
				for (String key : base.stringPropertyNames()) {
					String text = translated.getProperty(key);
					if (text == null) {
						continue;
					}
					Locale locale = Locale.forLanguageTag(language);
					assertThat(new MessageFormat(text, locale).getFormats().length)
						.as("placeholders of %s in %s", key, language)
						.isEqualTo(new MessageFormat(base.getProperty(key), Locale.ENGLISH).getFormats().length);
					assertThat(text).as("%s in %s has an apostrophe that MessageFormat would swallow", key, language)
						.doesNotContainPattern("(?<!')'(?!')");
				}
			}
		}
	}

	@Test
	void everyMessageKeyNamedInATemplateExists() throws IOException {
		Properties english = new Properties();
		for (Resource bundle : bundles()) {
			english.putAll(load(bundle));
		}
		Pattern literalKey = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.]*)[}(]");
		Set<String> unknown = new TreeSet<>();
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : templates.filter(path -> path.toString().endsWith(".html")).toList()) {
				Matcher matcher = literalKey.matcher(Files.readString(template));
				while (matcher.find()) {
					if (!english.containsKey(matcher.group(1))) {
						unknown.add(template.getFileName() + ": " + matcher.group(1));
					}
				}
			}
		}
		assertThat(unknown).as("message keys used in templates but missing in messages.properties").isEmpty();
	}

	private static Resource[] bundles() throws IOException {
		return new PathMatchingResourcePatternResolver().getResources("file:src/main/resources/**/messages.properties");
	}

	private static Set<String> keys(Resource bundle) throws IOException {
		return new TreeSet<>(load(bundle).stringPropertyNames());
	}

	private static Properties load(Resource bundle) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(bundle.getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
