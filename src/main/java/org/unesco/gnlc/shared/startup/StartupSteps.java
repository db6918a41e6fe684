package org.unesco.gnlc.shared.startup;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline.TimelineEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.metrics.StartupStep;

/**
 * The start-up steps of the portal, asked for with the system property
 * {@code gnlc.startup-steps} (the number of steps to log, e.g.
 * {@code -Dgnlc.startup-steps=25}): Spring's {@link BufferingApplicationStartup} records
 * every step of the start, and once the portal is ready the slowest ones are logged by
 * their own time (a step's time less that of the steps within it: the time of a bean that
 * waits for another is counted once, on the other). A system property, not a setting of
 * the portal, because the recording must begin before the settings are read.
 *
 * <p>
 * This is how the README's "Where the start goes" was measured; the benchmark's start-up
 * mode prints it for the portal.
 */
public final class StartupSteps {

	static final String PROPERTY = "gnlc.startup-steps";

	private static final int CAPACITY = 20_000;

	private static final Log log = LogFactory.getLog(StartupSteps.class);

	private StartupSteps() {
	}

	/** Records the start of this application if the system property asks for it. */
	public static void recordIfAsked(SpringApplication application) {
		int shown = Integer.getInteger(PROPERTY, 0);
		if (shown <= 0) {
			return;
		}
		BufferingApplicationStartup startup = new BufferingApplicationStartup(CAPACITY);
		application.setApplicationStartup(startup);
		application.addListeners(new Report(startup, shown));
	}

	/**
	 * Logs the slowest steps once the portal is ready. A class, not a lambda: the
	 * listener's event type must stay readable for the event multicaster.
	 */
	private record Report(BufferingApplicationStartup startup,
			int shown) implements ApplicationListener<ApplicationReadyEvent> {

		@Override
		public void onApplicationEvent(ApplicationReadyEvent ready) {
			log.info(report(slowest(this.startup.getBufferedTimeline().getEvents(), this.shown), ready.getTimeTaken()));
		}

	}

	/**
	 * One step: its name with Spring's tags (e.g. the bean's name), its own and whole
	 * time.
	 */
	record Step(String name, Duration own, Duration whole) {
	}

	/**
	 * A step as Spring recorded it, within its parent step (none for a first-level step).
	 */
	record Recorded(long id, @Nullable Long parentId, String name, Duration duration) {

		static Recorded of(TimelineEvent event) {
			StartupStep step = event.getStartupStep();
			return new Recorded(step.getId(), step.getParentId(), StartupSteps.name(step), event.getDuration());
		}

	}

	static List<Step> slowest(List<TimelineEvent> events, int count) {
		return slowestOf(events.stream().map(Recorded::of).toList(), count);
	}

	/** The steps by their own time, slowest first, at most {@code count}. */
	static List<Step> slowestOf(List<Recorded> recorded, int count) {
		Map<Long, Duration> within = new HashMap<>();
		for (Recorded step : recorded) {
			if (step.parentId() != null) {
				within.merge(step.parentId(), step.duration(), Duration::plus);
			}
		}
		List<Step> steps = new ArrayList<>();
		for (Recorded step : recorded) {
			Duration own = step.duration().minus(within.getOrDefault(step.id(), Duration.ZERO));
			steps.add(new Step(step.name(), own.isNegative() ? Duration.ZERO : own, step.duration()));
		}
		steps.sort(Comparator.comparing(Step::own).reversed());
		return steps.subList(0, Math.min(count, steps.size()));
	}

	static String report(List<Step> steps, @Nullable Duration ready) {
		StringBuilder report = new StringBuilder("Slowest steps of the start (own ms, with inner steps ms)");
		if (ready != null) {
			report.append(", ready after ").append(ready.toMillis()).append(" ms");
		}
		report.append(':');
		for (Step step : steps) {
			report.append(String.format("%n%8.1f %8.1f  %s", millis(step.own()), millis(step.whole()), step.name()));
		}
		return report.toString();
	}

	static String name(StartupStep step) {
		StringBuilder name = new StringBuilder(step.getName());
		for (StartupStep.Tag tag : step.getTags()) {
			if (!tag.getKey().equals("beanType")) {
				name.append(' ').append(tag.getKey()).append('=').append(tag.getValue());
			}
		}
		return name.toString();
	}

	private static double millis(Duration duration) {
		return duration.toNanos() / 1e6;
	}

}
