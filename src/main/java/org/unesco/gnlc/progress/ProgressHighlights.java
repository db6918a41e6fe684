package org.unesco.gnlc.progress;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.unesco.gnlc.city.CityProfileSection;

/**
 * The highlights a city chose to publish from its latest accepted report, on its public
 * profile.
 */
@Component
@RequiredArgsConstructor
class ProgressHighlights implements CityProfileSection {

	private final ProgressReports reports;

	private final MessageSource messages;

	@Override
	public Optional<Section> sectionFor(long cityId, Locale locale) {
		return reports.publishedHighlights(cityId)
			.map(text -> new Section("progress.highlights.heading", List.of(new Line(text, null),
					new Line(text("progress.highlights.more", locale), "/network/progress"))));
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	@Override
	public int order() {
		return 50;
	}

}
