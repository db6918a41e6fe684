package org.unesco.gnlc.city;

import java.util.List;

/**
 * What the directory needs to know about the UNESCO Learning City Award, provided by the
 * award feature (which depends on this one, so this one cannot call it). The directory
 * lists the years each city received the Award, filters by year and links to the cycles.
 *
 * <p>
 * {@link #all()} is one query whose size is bounded by the Award's history (a dozen
 * recipients per cycle, one cycle every two or three years), not by the number of cities,
 * so a page of the directory costs the same whether the network has 50 or 10,000 members.
 */
public interface CityAwards {

	/** Every Award given so far, by year then order of announcement. */
	List<CityAward> all();

	/** The Awards one city received, by year. */
	List<CityAward> ofCity(long cityId);

	/** No Award known: what the directory uses when the award feature is absent. */
	CityAwards NONE = new CityAwards() {

		@Override
		public List<CityAward> all() {
			return List.of();
		}

		@Override
		public List<CityAward> ofCity(long cityId) {
			return List.of();
		}

	};

}
