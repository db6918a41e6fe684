package org.unesco.gnlc.shared.publicpages;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the public pages' cache ({@code gnlc.public-pages.*}).
 *
 * @param enabled whether visitors are served from the cache at all
 * @param versionCheckInterval how often an instance asks PostgreSQL for the data's
 * version: a change made anywhere is seen within this time (0: at every request)
 * @param maxAge how long a visitor's browser may keep a page before it revalidates it
 * @param cacheSize the memory the rendered pages of one instance may take
 * @param largestPage a page larger than this is served but not kept
 */
@ConfigurationProperties("gnlc.public-pages")
record PublicPagesProperties(@DefaultValue("true") boolean enabled, @DefaultValue("1s") Duration versionCheckInterval,
		@DefaultValue("30s") Duration maxAge, @DefaultValue("32MB") DataSize cacheSize,
		@DefaultValue("8MB") DataSize largestPage) {

}
