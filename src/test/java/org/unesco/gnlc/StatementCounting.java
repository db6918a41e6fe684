package org.unesco.gnlc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the portal sends to PostgreSQL while a piece of code runs on
 * the current thread: every statement executed through the application's DataSource
 * (Hibernate, JdbcClient, Spring Session alike), each execution of a prepared statement
 * counting once, and each check that a connection is valid (a round trip as well). Other
 * threads (schedulers, the outbox) are not counted. Every statement-count test imports
 * this one configuration, so that they share one application context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounting {

	/** What ran: how many statements and their SQL, for a helpful failure message. */
	public record Statements(int count, List<String> sql) {
	}

	private static final ThreadLocal<List<String>> EXECUTED = new ThreadLocal<>();

	@Bean
	static BeanPostProcessor countingDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return bean instanceof DataSource dataSource && !(bean instanceof CountingDataSource)
						? new CountingDataSource(dataSource) : bean;
			}
		};
	}

	/** Runs the work and answers the statements it sent from this thread. */
	public static Statements count(Callable<?> work) throws Exception {
		List<String> executed = new ArrayList<>();
		EXECUTED.set(executed);
		try {
			work.call();
		}
		finally {
			EXECUTED.remove();
		}
		return new Statements(executed.size(), List.copyOf(executed));
	}

	private static final class CountingDataSource extends DelegatingDataSource {

		CountingDataSource(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return connection(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return connection(super.getConnection(username, password));
		}

		private static Connection connection(Connection target) {
			return proxy(Connection.class, target, (proxy, method, arguments) -> {
				if (method.getName().equals("isValid")) {
					// a round trip too (PostgreSQL's driver sends an empty query): a
					// health check
					executed("isValid");
				}
				Object result = invoke(target, method, arguments);
				String sql = arguments != null && arguments.length > 0 && arguments[0] instanceof String text ? text
						: null;
				if (result instanceof CallableStatement statement) {
					return statement(CallableStatement.class, statement, sql);
				}
				if (result instanceof PreparedStatement statement) {
					return statement(PreparedStatement.class, statement, sql);
				}
				if (result instanceof Statement statement) {
					return statement(Statement.class, statement, null);
				}
				return result;
			});
		}

		private static <T extends Statement> T statement(Class<T> type, T target, String preparedSql) {
			return proxy(type, target, (proxy, method, arguments) -> {
				if (method.getName().startsWith("execute")) {
					String sql = arguments != null && arguments.length > 0 && arguments[0] instanceof String text ? text
							: preparedSql;
					executed(sql == null ? "?" : sql.strip().replaceAll("\\s+", " "));
				}
				return invoke(target, method, arguments);
			});
		}

		private static void executed(String sql) {
			List<String> executed = EXECUTED.get();
			if (executed != null) {
				executed.add(sql);
			}
		}

		private static Object invoke(Object target, Method method, Object[] arguments) throws Throwable {
			try {
				return method.invoke(target, arguments);
			}
			catch (InvocationTargetException ex) {
				throw ex.getTargetException();
			}
		}

		@SuppressWarnings("unchecked")
		private static <T> T proxy(Class<T> type, Object target, InvocationHandler handler) {
			return (T) Proxy.newProxyInstance(StatementCounting.class.getClassLoader(), new Class<?>[] { type },
					(proxy, method, arguments) -> {
						if (method.getName().equals("unwrap") && arguments[0] instanceof Class<?> wanted
								&& wanted.isInstance(target)) {
							return target;
						}
						if (method.getName().equals("isWrapperFor") && arguments[0] instanceof Class<?> wanted
								&& wanted.isInstance(target)) {
							return true;
						}
						return handler.invoke(proxy, method, arguments);
					});
		}

	}

}
