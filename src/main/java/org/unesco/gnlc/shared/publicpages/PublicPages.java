package org.unesco.gnlc.shared.publicpages;

import java.util.List;

/**
 * A feature's pages that look the same to every visitor who is not signed in, and depend
 * only on the address, the language, the day and the data of the tables that feed public
 * pages. Each feature declares its own as a bean; visitors get them from the cache,
 * revalidated by ETag. Path patterns as in {@code @GetMapping}, e.g.
 * {@code /cities/{slug}}. Only GET and HEAD.
 *
 * <p>
 * A page belongs here only if a visitor's copy holds nothing of a session: no name, no
 * form that posts (a CSRF token), no flash message. (A page that creates a session is
 * never stored.)
 */
@FunctionalInterface
public interface PublicPages {

	List<String> routes();

	static PublicPages of(String... routes) {
		List<String> list = List.of(routes);
		return () -> list;
	}

}
