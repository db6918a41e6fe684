package org.unesco.gnlc.conference;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each page of the records costs a fixed number of SQL statements, whatever the size of
 * the record: the full record of Mexico City 2015 costs what the empty record of the 7th
 * costs. Statements are counted by wrapping the data source (a context of its own for
 * this class), as the pages are rendered: the cache of visitors' pages is off here.
 */
@SpringBootTest(properties = "gnlc.public-pages.enabled=false")
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "demo" })
@Import(BoundedStatementsTests.Counting.class)
class BoundedStatementsTests {

	static final AtomicInteger STATEMENTS = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Test
	void aConferenceRecordCostsTheSameStatementsWhateverItsSize() throws Exception {
		int full = statementsFor("/conferences/2");
		int facts = statementsFor("/conferences/1");
		int empty = statementsFor("/conferences/7");
		System.out.printf("Statements: /conferences/2 %d, /conferences/1 %d, /conferences/7 %d%n", full, facts, empty);
		// 108 roles, 15 sessions, 3 documents and 12 cities cost what the facts of
		// Beijing 2013 cost;
		// a record naming no city at all saves the one statement that looks cities up.
		assertThat(full).isEqualTo(facts).isLessThanOrEqualTo(12);
		assertThat(empty).isEqualTo(full - 1);
	}

	@Test
	void aPersonsPageCostsTheSameStatementsWhateverTheirRoles() throws Exception {
		int many = statementsFor("/people/alejandra-barrales-magdaleno");
		int one = statementsFor("/people/tina-neylon");
		System.out.printf("Statements: person with 5 roles %d, with 1 role %d%n", many, one);
		assertThat(many).isEqualTo(one).isLessThanOrEqualTo(4);
	}

	@Test
	void listsExportsAndSearchCostAFewStatements() throws Exception {
		int list = statementsFor("/conferences");
		int people = statementsFor("/people");
		int ics = statementsFor("/conferences/2/agenda.ics");
		int pdf = statementsFor("/conferences/2/record.pdf");
		int search = statementsFor("/search?q=learning");
		int searchPage5 = statementsFor("/search?q=learning&page=4");
		System.out.printf(
				"Statements: /conferences %d, /people %d, agenda.ics %d, record.pdf %d, search %d, search page 5 %d%n",
				list, people, ics, pdf, search, searchPage5);
		assertThat(list).isLessThanOrEqualTo(4);
		assertThat(people).isLessThanOrEqualTo(3);
		assertThat(ics).isLessThanOrEqualTo(12);
		assertThat(pdf).isLessThanOrEqualTo(12);
		assertThat(search).isEqualTo(searchPage5).isLessThanOrEqualTo(4);
	}

	private int statementsFor(String path) throws Exception {
		mvc.perform(get(path)).andExpect(status().isOk());
		STATEMENTS.set(0);
		mvc.perform(get(path)).andExpect(status().isOk());
		return STATEMENTS.get();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Counting {

		@Bean
		static BeanPostProcessor countingDataSource() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					return bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())
							? proxy(DataSource.class, dataSource) : bean;
				}
			};
		}

		@SuppressWarnings("unchecked")
		static <T> T proxy(Class<T> type, T target) {
			return (T) Proxy.newProxyInstance(Counting.class.getClassLoader(), new Class<?>[] { type },
					(proxy, method, arguments) -> {
						Object result = invoke(method, target, arguments);
						if (method.getName().startsWith("execute") && target instanceof Statement) {
							STATEMENTS.incrementAndGet();
						}
						if (result instanceof Connection connection && method.getReturnType() == Connection.class) {
							return proxy(Connection.class, connection);
						}
						if (result instanceof CallableStatement statement
								&& method.getReturnType() == CallableStatement.class) {
							return proxy(CallableStatement.class, statement);
						}
						if (result instanceof PreparedStatement statement
								&& method.getReturnType() == PreparedStatement.class) {
							return proxy(PreparedStatement.class, statement);
						}
						if (result instanceof Statement statement && method.getReturnType() == Statement.class) {
							return proxy(Statement.class, statement);
						}
						return result;
					});
		}

		private static Object invoke(Method method, Object target, Object[] arguments) throws Throwable {
			try {
				return method.invoke(target, arguments);
			}
			catch (InvocationTargetException ex) {
				throw ex.getTargetException();
			}
		}

	}

}
