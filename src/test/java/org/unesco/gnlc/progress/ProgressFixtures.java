package org.unesco.gnlc.progress;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.unesco.gnlc.DemoUsers;
import org.unesco.gnlc.city.Cities;
import org.unesco.gnlc.city.CityInfo;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.security.Role;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Member cities and open rounds of the tests' own, so that no test depends on another's
 * data.
 */
@Component
public class ProgressFixtures {

	static final AtomicInteger NUMBERS = new AtomicInteger();

	private final Cities cities;

	private final ProgressRounds rounds;

	private final ProgressReportRepository reports;

	ProgressFixtures(Cities cities, ProgressRounds rounds, ProgressReportRepository reports) {
		this.cities = cities;
		this.rounds = rounds;
		this.reports = reports;
	}

	public record Member(long id, String name, String countryCode) {

		public RequestPostProcessor official() {
			return user(officialUser());
		}

		public PortalUser officialUser() {
			return new PortalUser(300_000 + id, "official" + id + "@test.example", "", "Official of " + name,
					Role.CITY_OFFICIAL, id, countryCode, "en", true);
		}

	}

	static RequestPostProcessor endorserOf(String countryCode) {
		return user(new PortalUser(400_000 + countryCode.hashCode(), "natcom." + countryCode + "@test.example", "",
				"Endorser " + countryCode, Role.NATCOM_ENDORSER, null, countryCode, "en", true));
	}

	static PortalUser admin() {
		return DemoUsers.person(Role.UIL_ADMIN);
	}

	/** A city that joined the network three years ago. */
	public Member member(String countryCode) {
		CityInfo city = cities.findOrRegister(
				"Progressville " + countryCode + " " + NUMBERS.incrementAndGet() + " " + System.nanoTime(),
				countryCode);
		cities.admit(city.id(), LocalDate.now().minusYears(3));
		return new Member(city.id(), city.name(), countryCode);
	}

	/**
	 * A round open since yesterday, due in that many days, asking three questions of 50
	 * words.
	 */
	public long openRound(int daysToDeadline, int graceDays) {
		LocalDate today = LocalDate.now();
		Map<String, Integer> questions = new TreeMap<>(Map.of("1.1", 50, "2.1", 50, "3.1", 50));
		long id = rounds.plan(admin(),
				new ProgressRound.Terms("Test round " + NUMBERS.incrementAndGet(), today.minusYears(2),
						today.minusMonths(1), today.minusDays(1), today.plusDays(daysToDeadline), graceDays,
						today.minusYears(1), questions));
		rounds.open(admin(), id);
		return id;
	}

	public long reportOf(long roundId, Member member) {
		return reports.findByRoundIdAndCityId(roundId, member.id()).orElseThrow().id();
	}

}
