package org.unesco.gnlc.award;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An Award cycle as other features see it: title in the reader's language, state, the
 * number of cities each National Commission may nominate, the deadlines where known, the
 * number of Awards it gives, the ICLC where the Award is presented (by ordinal and host
 * city), the number of recipients, and once published the rationale of the selection
 * (read with the cycle: the public page costs no statement more for it).
 */
public record AwardCycleInfo(long id, int year, String title, CycleState state, int nominationQuota,
		@Nullable Integer iclcOrdinal, @Nullable String iclcCity, @Nullable String iclcCountryCode,
		@Nullable LocalDate callOpensOn, @Nullable LocalDate cityDeadline, @Nullable LocalDate nominationDeadline,
		@Nullable LocalDate reviewDeadline, @Nullable LocalDate juryDeadline, @Nullable LocalDate ceremonyOn,
		int recipients, int awardsAvailable, long version, @Nullable String publishedRationale) {

	public boolean isPublished() {
		return state == CycleState.PUBLISHED;
	}

	/**
	 * While the call is open: cities apply and National Commissions nominate (each until
	 * their deadline).
	 */
	public boolean isOpen() {
		return state == CycleState.OPEN;
	}

}
