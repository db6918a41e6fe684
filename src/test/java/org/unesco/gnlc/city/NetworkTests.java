package org.unesco.gnlc.city;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.unesco.gnlc.PortalTest;
import org.unesco.gnlc.reference.UnescoRegion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The network in figures: members and countries by region, growth by year as a chart and
 * its table.
 */
@PortalTest
class NetworkTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Cities cities;

	@Test
	void theOverviewCountsMembersAndTheirCountriesPerRegion() {
		NetworkOverview overview = cities.networkOverview();
		assertThat(overview.memberCities()).isGreaterThanOrEqualTo(57);
		assertThat(overview.regions()).extracting(NetworkOverview.Region::region)
			.containsExactly(UnescoRegion.values());
		assertThat(overview.regions().stream().mapToLong(NetworkOverview.Region::memberCities).sum())
			.isEqualTo(overview.memberCities());
		assertThat(overview.regions().stream().mapToLong(NetworkOverview.Region::countries).sum())
			.isEqualTo(overview.countries());
		assertThat(overview.growth().get(0)).isEqualTo(new NetworkOverview.Year(2015, 12, 12));
		assertThat(overview.withoutJoiningDate()).isGreaterThanOrEqualTo(45);
	}

	@Test
	void theNetworkPageDrawsTheGrowthAsAnSvgChartWithATableAsItsTextAlternative() throws Exception {
		mvc.perform(get("/network"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<svg")))
			.andExpect(content().string(containsString("role=\"img\"")))
			.andExpect(content().string(containsString("class=\"network-chart__bar\"")))
			.andExpect(content().string(containsString("<caption>Member cities by year of joining</caption>")))
			.andExpect(content().string(containsString("href=\"/cities?joined=2015\"")))
			.andExpect(content().string(containsString("no recorded date of joining")))
			// The Content Security Policy forbids style attributes: the chart uses
			// classes.
			.andExpect(content().string(not(containsString("style=\""))));
	}

	@Test
	void inArabicTheChartRunsFromRightToLeftWithTheFirstYearAtTheRight() throws Exception {
		String english = mvc.perform(get("/network")).andReturn().getResponse().getContentAsString();
		String arabic = mvc.perform(get("/network").param("lang", "ar")).andReturn().getResponse().getContentAsString();
		assertThat(arabic).contains("<html lang=\"ar\" dir=\"rtl\">", "الشبكة بالأرقام", "text-anchor=\"start\"");
		List<Double> englishBars = barPositions(english);
		List<Double> arabicBars = barPositions(arabic);
		assertThat(englishBars).hasSizeGreaterThan(1).isSorted();
		assertThat(arabicBars).hasSameSizeAs(englishBars);
		assertThat(arabicBars.get(0)).isGreaterThan(arabicBars.get(arabicBars.size() - 1));
	}

	private static List<Double> barPositions(String page) {
		Matcher bar = Pattern.compile("class=\"network-chart__bar\" x=\"([0-9.]+)\"").matcher(page);
		List<Double> positions = new ArrayList<>();
		while (bar.find()) {
			positions.add(Double.valueOf(bar.group(1)));
		}
		return positions;
	}

	@Test
	void theHomePageShowsTheNetworkTodayByRegion() throws Exception {
		mvc.perform(get("/").header("Accept-Language", "es"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("La red hoy")))
			.andExpect(content().string(containsString("href=\"/cities?region=AFRICA\"")))
			.andExpect(content().string(containsString("href=\"/network\"")));
	}

	@Test
	void theChartScalesToNiceGridLinesAndKeepsBarsInsideIt() {
		assertThat(GrowthChart.niceStep(7)).isEqualTo(1);
		assertThat(GrowthChart.niceStep(57)).isEqualTo(10);
		assertThat(GrowthChart.niceStep(10_057)).isEqualTo(2000);
		GrowthChart chart = GrowthChart.of(List.of(new NetworkOverview.Year(2015, 12, 12),
				new NetworkOverview.Year(2016, 0, 12), new NetworkOverview.Year(2017, 45, 57)));
		assertThat(chart.bars()).hasSize(3).allSatisfy(bar -> {
			assertThat(bar.y()).isGreaterThanOrEqualTo(0);
			assertThat(bar.y() + bar.height()).isEqualTo(chart.baseline());
			assertThat(bar.x() + bar.width()).isLessThanOrEqualTo(chart.width());
		});
		assertThat(chart.bars().get(2).height()).isGreaterThan(chart.bars().get(0).height());
		assertThat(chart.ticks()).extracting(GrowthChart.Tick::value).containsExactly(0L, 10L, 20L, 30L, 40L, 50L, 60L);
		assertThat(GrowthChart.of(List.of()).bars()).isEmpty();
	}

}
