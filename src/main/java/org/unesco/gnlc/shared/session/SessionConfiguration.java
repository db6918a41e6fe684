package org.unesco.gnlc.shared.session;

import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * How Spring Session JDBC keeps sessions here. Two requests of one session at once (a
 * double click, parallel tabs) both write the session's attributes, such as a flash
 * message: with plain inserts the second one failed on
 * {@code spring_session_attributes_pk}; PostgreSQL's {@code ON CONFLICT} makes each write
 * an upsert. A session cookie that cannot be a session id is ignored before Spring
 * Session looks it up.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionAttributesUpsert() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

	@Bean
	FilterRegistrationBean<UnreadableSessionCookies> unreadableSessionCookies(ServerProperties server) {
		String name = server.getServlet().getSession().getCookie().getName();
		FilterRegistrationBean<UnreadableSessionCookies> registration = new FilterRegistrationBean<>(
				new UnreadableSessionCookies(name == null ? "SESSION" : name));
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		return registration;
	}

}
