package org.unesco.gnlc.city;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/** A local government that is, or wants to be, a member of the network. */
@Entity
class City {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String name;

	@Column(columnDefinition = "bpchar(2)")
	private String countryCode;

	private @Nullable LocalDate memberSince;

	@Version
	private long version;

	protected City() {
	}

	/** A city that is not (yet) a member: it becomes one when UIL admits it. */
	City(String slug, String name, String countryCode) {
		this.slug = slug;
		this.name = name;
		this.countryCode = countryCode;
	}

	Long id() {
		return id;
	}

	String slug() {
		return slug;
	}

	String name() {
		return name;
	}

	String countryCode() {
		return countryCode;
	}

	@Nullable LocalDate memberSince() {
		return memberSince;
	}

	/** UIL admitted the city to the network from that day (an earlier membership date stays). */
	void admit(LocalDate since) {
		if (memberSince == null || since.isBefore(memberSince)) {
			this.memberSince = since;
		}
	}

	CityInfo info() {
		return new CityInfo(id, slug, name, countryCode, memberSince);
	}

}
