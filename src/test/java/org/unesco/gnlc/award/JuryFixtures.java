package org.unesco.gnlc.award;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.unesco.gnlc.DemoUsers;
import org.unesco.gnlc.account.AccountInfo;
import org.unesco.gnlc.account.Accounts;
import org.unesco.gnlc.city.CityInfo;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.security.Role;
import java.util.Arrays;

/**
 * People and shortlists for the jury's tests: real accounts (the jury and ballot tables
 * refer to them) with unique e-mails, and a cycle of its own with shortlisted cities,
 * sent to the jury.
 */
@Component
class JuryFixtures {

	static final PortalUser ADMIN = DemoUsers.person(Role.UIL_ADMIN);

	private final AwardFixtures award;

	private final Accounts accounts;

	private final JuryComposition composition;

	JuryFixtures(AwardFixtures award, Accounts accounts, JuryComposition composition) {
		this.award = award;
		this.accounts = accounts;
		this.composition = composition;
	}

	/** An active account of the role from the country, as the session knows it. */
	PortalUser person(Role role, String name, String countryCode) {
		String email = "jury-test-" + UUID.randomUUID() + "@example.org";
		accounts.createIfAbsent(email, "learning-cities-test", name, role, null, countryCode);
		AccountInfo account = accounts.byEmail(email).orElseThrow();
		return new PortalUser(account.id(), email, "", name, role, null, countryCode, "en", true);
	}

	PortalUser juror(String countryCode) {
		return person(Role.JURY_MEMBER, "Juror " + countryCode + " " + UUID.randomUUID().toString().substring(0, 6),
				countryCode);
	}

	/**
	 * A cycle in the jury phase (3 Awards) with these jurors and one shortlisted city per
	 * country given.
	 */
	Shortlist shortlist(List<PortalUser> jurors, String... cityCountries) {
		AwardCycle cycle = award.cycle(CycleState.OPEN);
		List<AwardApplication> applications = Arrays.stream(cityCountries)
			.map(country -> award.application(cycle, award.memberCity(country), ApplicationState.SHORTLISTED))
			.toList();
		AwardCycle inReview = award.advance(cycle, CycleState.REVIEW);
		for (PortalUser juror : jurors) {
			composition.addJuror(ADMIN, inReview.year(), juror.accountId());
		}
		return new Shortlist(award.advance(inReview, CycleState.JURY), applications);
	}

	CityInfo city(String countryCode) {
		return award.memberCity(countryCode);
	}

	record Shortlist(AwardCycle cycle, List<AwardApplication> applications) {

		int year() {
			return cycle.year();
		}

		long id(int index) {
			return applications.get(index).id();
		}

	}

}
