package org.unesco.gnlc.city;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A city as other features see it. {@code member} says whether it belongs to the network;
 * {@code memberSince} is the date it joined where known (a member may have none
 * recorded).
 */
public record CityInfo(long id, String slug, String name, String countryCode, @Nullable LocalDate memberSince,
		boolean member) {

	/**
	 * A city whose membership follows from its date of joining (no date: not a member).
	 */
	public CityInfo(long id, String slug, String name, String countryCode, @Nullable LocalDate memberSince) {
		this(id, slug, name, countryCode, memberSince, memberSince != null);
	}

	public boolean isMember() {
		return member;
	}

}
