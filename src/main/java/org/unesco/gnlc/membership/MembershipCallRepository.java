package org.unesco.gnlc.membership;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface MembershipCallRepository extends ListCrudRepository<MembershipCall, Long> {

	@Query("select c from MembershipCall c where c.opensOn <= :day and c.closesOn >= :day order by c.opensOn")
	List<MembershipCall> openOn(LocalDate day);

	@Query("select c from MembershipCall c where c.opensOn > :day order by c.opensOn limit 1")
	Optional<MembershipCall> nextAfter(LocalDate day);

	List<MembershipCall> findAllByOrderByOpensOnDesc();

	/**
	 * Endorsements of one call queue here, so the per-country limit holds under
	 * concurrent clicks.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from MembershipCall c where c.id = :id")
	Optional<MembershipCall> lockById(long id);

}
