package org.unesco.gnlc.award;

import java.time.LocalDate;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/**
 * One cycle of the UNESCO Learning City Award: its year, title, the quota of nominations per
 * National Commission, its deadlines and the ICLC where it is presented. The application and
 * review workflow of a later feature hangs on this aggregate and moves it through its states.
 */
@Entity
class AwardCycle {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private int year;

	private String titleEn;

	private String titleFr;

	private String titleEs;

	@Enumerated(EnumType.STRING)
	private CycleState state;

	private int nominationQuota;

	private @Nullable Integer iclcOrdinal;

	private @Nullable String iclcCity;

	@Column(columnDefinition = "bpchar(2)")
	private @Nullable String iclcCountryCode;

	private @Nullable LocalDate callOpensOn;

	private @Nullable LocalDate cityDeadline;

	private @Nullable LocalDate nominationDeadline;

	private @Nullable LocalDate reviewDeadline;

	private @Nullable LocalDate juryDeadline;

	private @Nullable LocalDate ceremonyOn;

	@Version
	private long version;

	protected AwardCycle() {
	}

	AwardCycleInfo info(Locale locale, int recipients) {
		String title = switch (locale.getLanguage()) {
			case "fr" -> titleFr;
			case "es" -> titleEs;
			default -> titleEn;
		};
		return new AwardCycleInfo(id, year, title, state, nominationQuota, iclcOrdinal, iclcCity, iclcCountryCode,
				callOpensOn, cityDeadline, nominationDeadline, reviewDeadline, juryDeadline, ceremonyOn, recipients);
	}

	Long id() {
		return id;
	}

	int year() {
		return year;
	}

}
