package org.unesco.gnlc.shared.database;

import javax.sql.DataSource;

import lombok.RequiredArgsConstructor;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Hands out the data source only once the embedded server it points at accepts
 * connections: the server starts in the background while the context is built, and the
 * first to use the database (Flyway) comes through the data source. A server that could
 * not start fails the data source, and so the start, with the reason.
 */
@RequiredArgsConstructor
final class DataSourceAfterServerStart implements BeanPostProcessor {

	private final EmbeddedPostgres.Server server;

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource) {
			this.server.await();
		}
		return bean;
	}

}
