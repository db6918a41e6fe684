package org.unesco.gnlc.shared.timeline;

import java.time.Instant;
import java.util.function.Supplier;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import org.jspecify.annotations.Nullable;

/**
 * A city's application with a timeline (for membership, for the Award): the city and its
 * country, when it was started, and from its first submission its reference and when it
 * was submitted (columns {@code city_id, country_code, reference, created_at,
 * submitted_at}). The feature keeps its answers, its checks before a submission and its
 * state machine.
 *
 * @param <A> the application itself, for its events
 * @param <S> the feature's state enum
 */
@MappedSuperclass
public abstract class CityApplication<A extends CityApplication<A, S>, S extends Enum<S>>
		extends AggregateWithTimeline<A, S> {

	private long cityId;

	@Column(columnDefinition = "bpchar(2)")
	private String countryCode;

	private @Nullable String reference;

	private Instant createdAt;

	private @Nullable Instant submittedAt;

	protected CityApplication() {
	}

	protected CityApplication(long cityId, String countryCode, Instant createdAt) {
		this.cityId = cityId;
		this.countryCode = countryCode;
		this.createdAt = createdAt;
	}

	/**
	 * Records a submission, once the feature's checks have passed: a first submission
	 * draws the reference then, so that a refusal uses up no number; a resubmission keeps
	 * the reference it has.
	 */
	protected final void submitted(Supplier<String> newReference, Instant now) {
		if (reference == null) {
			this.reference = newReference.get();
		}
		this.submittedAt = now;
	}

	public long cityId() {
		return cityId;
	}

	public String countryCode() {
		return countryCode;
	}

	public @Nullable String reference() {
		return reference;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public @Nullable Instant submittedAt() {
		return submittedAt;
	}

}
