package org.unesco.gnlc.demo;

import java.util.List;

import lombok.RequiredArgsConstructor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.unesco.gnlc.account.Accounts;
import org.unesco.gnlc.account.Accounts.SetUpAccount;
import org.unesco.gnlc.city.Cities;
import org.unesco.gnlc.shared.security.Role;

/**
 * One account per role, so that a person can try every side of the portal. Their
 * two-factor sign-in is waived (the reviewer's and administrator's roles require it
 * otherwise); the prod profile never runs this and never honours such a waiver.
 */
@Component
@Profile("demo & !prod")
@Order(0)
@RequiredArgsConstructor
class DemoAccounts implements ApplicationRunner {

	static final String PASSWORD = "learning-cities";

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	private final Accounts accounts;

	private final Cities cities;

	@Override
	public void run(ApplicationArguments args) {
		long melton = cities.bySlug("melton").orElseThrow().id();
		List<SetUpAccount> demo = List.of(
				new SetUpAccount("melton@demo.example", "Demo City Official (Melton)", Role.CITY_OFFICIAL, melton,
						"AU"),
				new SetUpAccount("natcom.mx@demo.example", "Demo Endorser (Mexico)", Role.NATCOM_ENDORSER, null, "MX"),
				new SetUpAccount("reviewer@demo.example", "Demo UIL Reviewer", Role.UIL_REVIEWER, null, "DE"),
				new SetUpAccount("jury@demo.example", "Demo Jury Member", Role.JURY_MEMBER, null, "KE"),
				new SetUpAccount("admin@demo.example", "Demo UIL Administrator", Role.UIL_ADMIN, null, "DE"),
				// A second reviewer, since every nomination has at least two, and a jury
				// from every UNESCO region.
				new SetUpAccount("reviewer2@demo.example", "Demo UIL Reviewer (Canada)", Role.UIL_REVIEWER, null, "CA"),
				new SetUpAccount("jury.br@demo.example", "Demo Jury Member (Brazil)", Role.JURY_MEMBER, null, "BR"),
				new SetUpAccount("jury.se@demo.example", "Demo Jury Member (Sweden)", Role.JURY_MEMBER, null, "SE"),
				new SetUpAccount("jury.jp@demo.example", "Demo Jury Member (Japan)", Role.JURY_MEMBER, null, "JP"),
				new SetUpAccount("jury.tn@demo.example", "Demo Jury Member (Tunisia)", Role.JURY_MEMBER, null, "TN"));
		// One password for all of them, hashed once.
		int created = accounts.createAllIfAbsent(demo, PASSWORD);
		demo.forEach(account -> accounts.waiveTwoFactor(account.email()));
		if (created > 0) {
			log.info("Created {} demo accounts; each signs in with the password '{}'", created, PASSWORD);
		}
	}

}
