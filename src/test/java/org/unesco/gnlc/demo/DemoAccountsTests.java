package org.unesco.gnlc.demo;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class DemoAccountsTests {

	@Test
	void productionNeverCreatesDemoAccountsEvenIfTheDemoProfileIsAlsoOn() {
		new ApplicationContextRunner().withUserConfiguration(DemoAccounts.class)
			.withPropertyValues("spring.profiles.active=prod,demo")
			.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(DemoAccounts.class));
	}

}
