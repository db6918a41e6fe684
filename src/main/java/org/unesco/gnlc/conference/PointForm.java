package org.unesco.gnlc.conference;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.unesco.gnlc.conference.ConferenceRecords.PointRow;

/** A structured point of a document: its section, label (number), heading and text. */
record PointForm(@Size(max = 200) @Nullable String section, @Size(max = 40) @Nullable String label,
		@Size(max = 300) @Nullable String heading, @NotBlank @Size(max = 4000) @Nullable String text, long version) {

	static PointForm empty() {
		return new PointForm(null, null, null, null, 0);
	}

	static PointForm of(PointRow point) {
		return new PointForm(point.section(), point.label(), point.heading(), point.text(), point.version());
	}

}
