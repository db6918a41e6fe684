package org.unesco.gnlc.award;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.unesco.gnlc.account.AccountInfo;
import org.unesco.gnlc.account.Accounts;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.security.Role;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * People and shortcuts for the review tests: real reviewer accounts (assignments and
 * scores refer to accounts), a scoring request with one entry per criterion, and direct
 * reads of the review tables to prove what was or was not saved.
 */
@Component
class ReviewTestSupport {

	private final Accounts accounts;

	private final JdbcClient jdbc;

	ReviewTestSupport(Accounts accounts, JdbcClient jdbc) {
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	/**
	 * A new active reviewer of the country, signed in as a PortalUser with their real
	 * account id.
	 */
	PortalUser reviewer(String countryCode) {
		return person(Role.UIL_REVIEWER, countryCode);
	}

	PortalUser person(Role role, String countryCode) {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String email = "review-" + suffix + "@review.test";
		accounts.createIfAbsent(email, "learning-cities", "Reviewer " + countryCode + " " + suffix, role, null,
				countryCode);
		AccountInfo info = accounts.byEmail(email).orElseThrow();
		return new PortalUser(info.id(), email, "", info.fullName(), role, null, countryCode, "en", true);
	}

	/**
	 * An assignment written directly, bypassing UIL_ADMIN's checks (to prove the
	 * reviewer's side checks too).
	 */
	long assignDirectly(AwardApplication application, PortalUser reviewer) {
		return jdbc.sql("""
				insert into award_review_assignment (application_id, reviewer_id, assigned_at, assigned_by)
				values (:application, :reviewer, now(), 'Test') returning id
				""")
			.param("application", application.id())
			.param("reviewer", reviewer.accountId())
			.query(Long.class)
			.single();
	}

	/**
	 * A review submitted directly in the tables: the assignment, submitted, and one score
	 * per criterion (all the same). For tests about what comes after the scoring.
	 */
	void reviewedDirectly(AwardCycle cycle, AwardApplication application, PortalUser reviewer, int score) {
		long assignment = assignDirectly(application, reviewer);
		jdbc.sql("update award_review_assignment set submitted_at = now() where id = :id")
			.param("id", assignment)
			.update();
		jdbc.sql(
				"""
						insert into award_score (application_id, reviewer_id, criterion_id, score, comment, scored_at)
						select :application, :reviewer, c.id, :score, null, now() from award_criterion c where c.cycle_id = :cycle
						""")
			.param("application", application.id())
			.param("reviewer", reviewer.accountId())
			.param("score", score)
			.param("cycle", cycle.id())
			.update();
	}

	long assignmentOf(AwardApplication application, PortalUser reviewer) {
		return jdbc.sql("select id from award_review_assignment where application_id = :a and reviewer_id = :r")
			.param("a", application.id())
			.param("r", reviewer.accountId())
			.query(Long.class)
			.single();
	}

	List<Long> criteria(AwardCycle cycle) {
		return jdbc.sql("select id from award_criterion where cycle_id = :cycle order by position")
			.param("cycle", cycle.id())
			.query(Long.class)
			.list();
	}

	/**
	 * A POST of scores: the i-th criterion gets scores[i] (or the last given), with the
	 * comment.
	 */
	MockHttpServletRequestBuilder scores(AwardCycle cycle, long assignmentId, PortalUser reviewer, String comment,
			int... scores) {
		String[] texts = new String[scores.length];
		for (int i = 0; i < scores.length; i++) {
			texts[i] = String.valueOf(scores[i]);
		}
		return scoresAsText(cycle, assignmentId, reviewer, comment, texts);
	}

	/** The same with the scores as typed in the form (possibly not numbers at all). */
	MockHttpServletRequestBuilder scoresAsText(AwardCycle cycle, long assignmentId, PortalUser reviewer, String comment,
			String... scores) {
		MockHttpServletRequestBuilder request = post("/award/review/{id}/scores", assignmentId).with(csrf())
			.with(user(reviewer));
		List<Long> criteria = criteria(cycle);
		for (int i = 0; i < criteria.size(); i++) {
			request.param("entries[" + i + "].criterionId", String.valueOf(criteria.get(i)))
				.param("entries[" + i + "].score", scores[Math.min(i, scores.length - 1)])
				.param("entries[" + i + "].comment", comment);
		}
		return request;
	}

	long scoreRows(AwardApplication application) {
		return jdbc.sql("select count(*) from award_score where application_id = :a")
			.param("a", application.id())
			.query(Long.class)
			.single();
	}

	long assignments(AwardApplication application) {
		return jdbc.sql("select count(*) from award_review_assignment where application_id = :a")
			.param("a", application.id())
			.query(Long.class)
			.single();
	}

	ApplicationState state(AwardApplication application) {
		return ApplicationState.valueOf(jdbc.sql("select state from award_application where id = :a")
			.param("a", application.id())
			.query(String.class)
			.single());
	}

	CycleState state(AwardCycle cycle) {
		return CycleState.valueOf(jdbc.sql("select state from award_cycle where id = :c")
			.param("c", cycle.id())
			.query(String.class)
			.single());
	}

}
