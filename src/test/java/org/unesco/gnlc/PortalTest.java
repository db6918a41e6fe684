package org.unesco.gnlc;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.unesco.gnlc.shared.web.ErrorSummaryLinks;

/**
 * A test of the whole portal on the real database: the embedded PostgreSQL of this test
 * run (or the server named by spring.datasource.url), migrated by Flyway, with the demo
 * accounts. All such tests share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "demo" })
@Import(ErrorSummaryLinks.class)
public @interface PortalTest {

}
