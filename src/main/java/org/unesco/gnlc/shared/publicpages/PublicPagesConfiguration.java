package org.unesco.gnlc.shared.publicpages;

import java.time.Clock;
import java.util.List;

import jakarta.servlet.DispatcherType;

import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The caches (Caffeine, through Spring's cache abstraction): rendered public pages,
 * weighed by their size, and facts computed once per data version; and the two filters
 * that serve them.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PublicPagesProperties.class)
class PublicPagesConfiguration {

	static final String PAGES = "public-pages";

	static final String DATA = "public-data";

	@Bean
	CacheManager cacheManager(PublicPagesProperties properties) {
		CaffeineCacheManager manager = new CaffeineCacheManager();
		manager.setAllowNullValues(false);
		manager.registerCustomCache(PAGES,
				Caffeine.newBuilder()
					.maximumWeight(properties.cacheSize().toBytes())
					.weigher((Object key, Object page) -> ((PublicPageCache.Page) page).weight())
					.recordStats()
					.build());
		manager.registerCustomCache(DATA, Caffeine.newBuilder().maximumSize(1_000).recordStats().build());
		return manager;
	}

	@Bean
	PublicDataVersion publicDataVersion(JdbcClient jdbc, PublicPagesProperties properties, CacheManager caches) {
		return new PublicDataVersion(jdbc, properties, cache(caches, DATA), cache(caches, PAGES));
	}

	@Bean
	PublicPageCache publicPageCache(List<PublicPages> features, PublicDataVersion versions, CacheManager caches,
			LocaleResolver localeResolver, Clock clock, PublicPagesProperties properties) {
		return new PublicPageCache(features, versions, cache(caches, PAGES), localeResolver, clock, properties);
	}

	/** Before sessions are loaded: a visitor without a cookie needs none. */
	@Bean
	FilterRegistrationBean<VisitorPagesFilter> visitorPagesFilter(PublicPageCache cache) {
		FilterRegistrationBean<VisitorPagesFilter> registration = new FilterRegistrationBean<>(
				new VisitorPagesFilter(cache));
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		return registration;
	}

	/** Right after security, which says whether anyone is signed in. */
	@Bean
	FilterRegistrationBean<AnonymousPagesFilter> anonymousPagesFilter(PublicPageCache cache) {
		FilterRegistrationBean<AnonymousPagesFilter> registration = new FilterRegistrationBean<>(
				new AnonymousPagesFilter(cache));
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		return registration;
	}

	private static Cache cache(CacheManager caches, String name) {
		Cache cache = caches.getCache(name);
		if (cache == null) {
			throw new IllegalStateException("No cache " + name);
		}
		return cache;
	}

}
