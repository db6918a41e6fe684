package org.unesco.gnlc.account;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface AccountRepository extends ListCrudRepository<Account, Long> {

	@Query("select a from Account a where lower(a.email) = lower(:email)")
	Optional<Account> findByEmail(String email);

	@Query("select count(a) > 0 from Account a where lower(a.email) = lower(:email)")
	boolean existsByEmail(String email);

	/** A plain update: signing in must not collide with an edit of the account (its version). */
	@Modifying
	@Query(value = "update account set last_sign_in_at = :when where id = :id", nativeQuery = true)
	void recordSignIn(long id, Instant when);

}
