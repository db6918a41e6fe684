package org.unesco.gnlc.shared.persistence;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * An entity whose id is a {@code bigint} the database generates (an identity column named
 * {@code id}), as in spring-petclinic's {@code BaseEntity}. Everything else, the version
 * column included, stays with each entity: not all of them have one.
 */
@MappedSuperclass
public abstract class BaseEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	protected BaseEntity() {
	}

	/** The id the database gave the entity; none before it is first saved. */
	public Long id() {
		return id;
	}

}
