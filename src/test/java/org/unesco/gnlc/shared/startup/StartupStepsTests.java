package org.unesco.gnlc.shared.startup;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.unesco.gnlc.shared.startup.StartupSteps.Recorded;
import org.unesco.gnlc.shared.startup.StartupSteps.Step;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.context.ApplicationListener;
import org.springframework.core.ResolvableType;
import org.springframework.core.metrics.ApplicationStartup;

import static org.assertj.core.api.Assertions.assertThat;

class StartupStepsTests {

	@AfterEach
	void forgetTheProperty() {
		System.clearProperty(StartupSteps.PROPERTY);
	}

	@Test
	void aStepsOwnTimeLeavesOutTheStepsWithinIt() {
		List<Step> steps = StartupSteps
			.slowestOf(List.of(new Recorded(1, null, "spring.context.refresh", Duration.ofMillis(3000)),
					new Recorded(2, 1L, "spring.beans.instantiate beanName=entityManagerFactory",
							Duration.ofMillis(900)),
					new Recorded(3, 1L, "spring.beans.instantiate beanName=flyway", Duration.ofMillis(300)),
					new Recorded(4, 3L, "spring.beans.instantiate beanName=dataSource", Duration.ofMillis(100))), 10);

		assertThat(steps).extracting(Step::name)
			.containsExactly("spring.context.refresh", "spring.beans.instantiate beanName=entityManagerFactory",
					"spring.beans.instantiate beanName=flyway", "spring.beans.instantiate beanName=dataSource");
		assertThat(steps).extracting(Step::own)
			.containsExactly(Duration.ofMillis(1800), Duration.ofMillis(900), Duration.ofMillis(200),
					Duration.ofMillis(100));
		assertThat(steps.get(2).whole()).isEqualTo(Duration.ofMillis(300));
	}

	@Test
	void onlyTheSlowestStepsAreKept() {
		List<Step> steps = StartupSteps.slowestOf(List.of(new Recorded(1, null, "a", Duration.ofMillis(5)),
				new Recorded(2, null, "b", Duration.ofMillis(50)), new Recorded(3, null, "c", Duration.ofMillis(20))),
				2);

		assertThat(steps).extracting(Step::name).containsExactly("b", "c");
	}

	@Test
	void theReportGivesEachStepsOwnAndWholeTimeInMilliseconds() {
		String report = StartupSteps.report(List
			.of(new Step("spring.beans.instantiate beanName=flyway", Duration.ofMillis(200), Duration.ofMillis(300))),
				Duration.ofMillis(4321));

		assertThat(report).startsWith("Slowest steps of the start (own ms, with inner steps ms), ready after 4321 ms:")
			.containsPattern("200[.,]0 +300[.,]0  spring.beans.instantiate beanName=flyway");
	}

	@Test
	void nothingIsRecordedUnlessAskedFor() {
		SpringApplication application = new SpringApplication(Object.class);

		StartupSteps.recordIfAsked(application);

		assertThat(application.getApplicationStartup()).isSameAs(ApplicationStartup.DEFAULT);
	}

	@Test
	void theStartIsRecordedWhenTheSystemPropertyAsksForIt() {
		System.setProperty(StartupSteps.PROPERTY, "25");
		SpringApplication application = new SpringApplication(Object.class);

		StartupSteps.recordIfAsked(application);

		assertThat(application.getApplicationStartup()).isInstanceOf(BufferingApplicationStartup.class);
		assertThat(application.getListeners()).anySatisfy((listener) -> assertThat(
				ResolvableType.forInstance(listener).as(ApplicationListener.class).getGeneric().resolve())
			.isEqualTo(ApplicationReadyEvent.class));
	}

}
