package org.unesco.gnlc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A test class named anywhere (a comment, a Javadoc link, an access rules file, a
 * message, the README) exists: a reader sent to a test that is not there is misled about
 * what is proven. Every name ending in {@code Tests} counts, since that is how the test
 * classes are named; a class counts as existing when a test source declares it (nested
 * classes included).
 */
class NamedTestClassesTests {

	private static final Path SELF = Path.of("org", "unesco", "gnlc", "NamedTestClassesTests.java");

	private static final Pattern NAMED = Pattern.compile("(?<![-\\w.])([A-Z]\\w*Tests)\\b");

	private static final Pattern DECLARED = Pattern.compile("\\b(?:class|record|interface|enum)\\s+(\\w+Tests)\\b");

	@Test
	void everyTestClassNamedInTheSourcesRulesOrReadmeExists() {
		Map<String, Set<Path>> missing = namedButMissing(List.of(Path.of("src"), Path.of("README.md")),
				Path.of("src", "test", "java"));
		// this class's own examples name made-up tests on purpose
		missing.values().forEach(files -> files.removeIf(file -> file.endsWith(SELF)));
		missing.values().removeIf(Set::isEmpty);
		assertThat(missing).as("test classes named where they do not exist (name=files naming it)").isEmpty();
	}

	@Test
	void aRulesFileOrCommentNamingATestThatDoesNotExistIsFound(@TempDir Path root) throws IOException {
		Path tests = Files.createDirectories(root.resolve("src/test/java/org/example"));
		Files.writeString(tests.resolve("RealTests.java"), "/** See also {@link OtherTests}. */ class RealTests {}");
		Path rules = Files.createDirectories(root.resolve("src/test/resources/access-rules")).resolve("some.rules");
		Files.writeString(rules, "# the scope is tested in RealTests and in ImaginedScopeTests\n");
		Files.writeString(root.resolve("README.md"), "Run it with -DskipTests, or run `RealTests`.");

		Map<String, Set<Path>> missing = namedButMissing(List.of(root.resolve("src"), root.resolve("README.md")),
				root.resolve("src/test/java"));

		assertThat(missing).containsOnlyKeys("ImaginedScopeTests", "OtherTests");
		assertThat(missing.get("ImaginedScopeTests")).containsExactly(rules);
	}

	/**
	 * Each name of a test class that is named in the files under {@code roots} but
	 * declared nowhere in {@code tests}.
	 */
	static Map<String, Set<Path>> namedButMissing(List<Path> roots, Path tests) {
		Set<String> declared = new TreeSet<>();
		Map<String, Set<Path>> named = new TreeMap<>();
		for (Path root : roots) {
			try (Stream<Path> files = Files.walk(root)) {
				files.filter(Files::isRegularFile).forEach(file -> {
					String text = text(file);
					if (file.startsWith(tests)) {
						collect(DECLARED, text, declared::add);
					}
					collect(NAMED, text, name -> named.computeIfAbsent(name, key -> new TreeSet<>()).add(file));
				});
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		named.keySet().removeAll(declared);
		return named;
	}

	private static void collect(Pattern pattern, String text, Consumer<String> names) {
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			names.accept(matcher.group(1));
		}
	}

	/**
	 * The file's text, or nothing for a file that is not UTF-8 text (images, PDFs,
	 * fonts).
	 */
	private static String text(Path file) {
		try {
			return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
		}
		catch (CharacterCodingException ex) {
			return "";
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
