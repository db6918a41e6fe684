package org.unesco.gnlc.award;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unesco.gnlc.DemoUsers;
import org.unesco.gnlc.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo profile leaves work for every demo account at each stage of the Award. */
@PortalTest
class AwardDemoDataTests {

	@Autowired
	AwardCycleRepository cycles;

	@Autowired
	AwardApplicationRepository applications;

	@Autowired
	AwardEligibility eligibility;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theMeltonOfficialFindsAnOpenCallItIsEligibleFor() {
		AwardCycle open = cycles.findByYear(2027).orElseThrow();
		assertThat(open.state()).isEqualTo(CycleState.OPEN);
		assertThat(eligibility.of(DemoUsers.MELTON, open).isEligible()).isTrue();
		assertThat(applications.findCurrent(open.id(), DemoUsers.MELTON)).isEmpty();
	}

	@Test
	void theMexicoEndorserHasTwoApplicationsToNominateWithinTheQuotaOfTwo() {
		AwardCycle open = cycles.findByYear(2027).orElseThrow();
		assertThat(open.nominationQuota()).isEqualTo(2);
		assertThat(applications.findInCountry(open.id(), "MX", EnumSet.of(ApplicationState.SUBMITTED))).hasSize(2);
	}

	@Test
	void theReviewersHaveNominationsToScoreTwoReviewersEach() {
		AwardCycle open = cycles.findByYear(2027).orElseThrow();
		assertThat(jdbc.sql("""
				select count(*) from award_review_assignment r join award_application a on a.id = r.application_id
				where a.cycle_id = ? and r.submitted_at is null
				""").param(open.id()).query(Integer.class).single()).isEqualTo(7); // the
																					// German
																					// nomination
																					// has
																					// one
																					// reviewer
	}

	@Test
	void theDemoJurorCastsTheLastBallotOfACycleWithItsJury() {
		AwardCycle jury = cycles.findByYear(2026).orElseThrow();
		assertThat(jury.state()).isEqualTo(CycleState.JURY);
		assertThat(applications.findInCycle(jury.id(), EnumSet.of(ApplicationState.SHORTLISTED))).hasSize(5);
		assertThat(jdbc.sql("select count(*) from award_juror where cycle_id = ?")
			.param(jury.id())
			.query(Integer.class)
			.single()).isEqualTo(5);
		assertThat(jdbc.sql("""
				select a.email from award_juror j join account a on a.id = j.account_id
				where j.cycle_id = ? and not exists (select 1 from award_ballot b
				                                     where b.cycle_id = j.cycle_id and b.juror_id = j.account_id)
				""").param(jury.id()).query(String.class).list()).containsExactly("jury@demo.example");
	}

}
