package org.unesco.gnlc.award;

import org.jspecify.annotations.Nullable;
import org.unesco.gnlc.city.CityCard;

/**
 * A city that received the Award in a cycle, and who received it for the city where
 * recorded.
 */
public record AwardRecipientInfo(int year, int position, CityCard city, @Nullable String representativeName,
		@Nullable String representativeTitle) {
}
