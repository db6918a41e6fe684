package org.unesco.gnlc.city;

import java.util.ArrayList;
import java.util.List;

/**
 * The network's growth as a bar chart drawn on the server (SVG): one bar per year, the
 * members with a known date of joining at the end of that year. Only geometry is computed
 * here; the template draws it with classes from portal.css (no style attributes: the
 * Content Security Policy forbids them). The table next to it is the chart's text
 * alternative.
 */
record GrowthChart(int width, int height, int baseline, int left, List<Bar> bars, List<Tick> ticks) {

	static final int WIDTH = 720;

	static final int HEIGHT = 300;

	private static final int TOP = 28;

	private static final int BOTTOM = 36;

	private static final int LEFT = 56;

	private static final int RIGHT = 12;

	/** One year's bar, its value written above it and its year below. */
	record Bar(int year, long value, int x, int y, int width, int height, int labelX) {
	}

	/** A horizontal grid line with its value on the left axis. */
	record Tick(long value, int y) {
	}

	static GrowthChart of(List<NetworkOverview.Year> growth) {
		long largest = growth.stream().mapToLong(NetworkOverview.Year::members).max().orElse(0);
		long step = niceStep(largest);
		long top = Math.max(step, ((largest + step - 1) / step) * step);
		int plotHeight = HEIGHT - TOP - BOTTOM;
		int baseline = HEIGHT - BOTTOM;
		int slot = growth.isEmpty() ? 0 : (WIDTH - LEFT - RIGHT) / growth.size();
		int barWidth = Math.max(4, slot * 3 / 5);
		List<Bar> bars = new ArrayList<>();
		for (int index = 0; index < growth.size(); index++) {
			NetworkOverview.Year year = growth.get(index);
			int barHeight = (int) Math.round((double) year.members() / top * plotHeight);
			int x = LEFT + index * slot + (slot - barWidth) / 2;
			bars.add(new Bar(year.year(), year.members(), x, baseline - barHeight, barWidth, barHeight,
					x + barWidth / 2));
		}
		List<Tick> ticks = new ArrayList<>();
		for (long value = 0; value <= top; value += step) {
			ticks.add(new Tick(value, baseline - (int) Math.round((double) value / top * plotHeight)));
		}
		return new GrowthChart(WIDTH, HEIGHT, baseline, LEFT, bars, ticks);
	}

	/** 1, 2 or 5 times a power of ten, giving at most about eight grid lines. */
	static long niceStep(long largest) {
		if (largest <= 10) {
			return 1;
		}
		double raw = largest / 8.0;
		long power = (long) Math.pow(10, Math.floor(Math.log10(raw)));
		for (long factor : new long[] { 1, 2, 5 }) {
			if (factor * power >= raw) {
				return factor * power;
			}
		}
		return 10 * power;
	}

}
