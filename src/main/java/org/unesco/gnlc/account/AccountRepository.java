package org.unesco.gnlc.account;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.unesco.gnlc.shared.security.Role;

interface AccountRepository extends JpaRepository<Account, Long>, JpaSpecificationExecutor<Account> {

	@Query("select a from Account a where lower(a.email) = lower(:email)")
	Optional<Account> findByEmail(String email);

	@Query("select count(a) > 0 from Account a where lower(a.email) = lower(:email)")
	boolean existsByEmail(String email);

	/** The accounts of these e-mail addresses (given in lower case), in one statement. */
	@Query("select a from Account a where lower(a.email) in :emails")
	List<Account> findByEmails(Collection<String> emails);

	/** The invitations of an import whose mail is still held. */
	@Query("select a from Account a where a.invitationBatch = :batch and a.invitationHeld = true order by a.id")
	List<Account> findHeldInvitations(String batch);

	/**
	 * A plain update: signing in must not collide with an edit of the account (its
	 * version).
	 */
	@Modifying
	@Query(value = "update account set last_sign_in_at = :when where id = :id", nativeQuery = true)
	void recordSignIn(long id, Instant when);

	@Query("""
			select a from Account a
			where a.role = org.unesco.gnlc.shared.security.Role.CITY_OFFICIAL and a.cityId = :cityId
			  and a.status = org.unesco.gnlc.account.AccountStatus.ACTIVE and a.enabled = true
			order by a.fullName""")
	List<Account> findActiveOfficials(long cityId);

	@Query("""
			select a from Account a
			where a.role = org.unesco.gnlc.shared.security.Role.NATCOM_ENDORSER and a.countryCode = :countryCode
			  and a.status = org.unesco.gnlc.account.AccountStatus.ACTIVE and a.enabled = true
			order by a.fullName""")
	List<Account> findActiveEndorsers(String countryCode);

	@Query("""
			select a from Account a
			where a.role = :role and a.status = org.unesco.gnlc.account.AccountStatus.ACTIVE and a.enabled = true
			order by a.fullName""")
	List<Account> findActiveWithRole(Role role);

	@Query("""
			select count(a) from Account a
			where a.role = :role and a.status = org.unesco.gnlc.account.AccountStatus.ACTIVE and a.enabled = true""")
	long countActiveWithRole(Role role);

	@Query("""
			select a from Account a
			where a.role = org.unesco.gnlc.shared.security.Role.CITY_OFFICIAL and a.cityId = :cityId
			  and a.status = org.unesco.gnlc.account.AccountStatus.AWAITING_APPROVAL and a.enabled = true
			order by a.createdAt""")
	List<Account> findAwaitingApproval(long cityId);

	@Query("""
			select count(a) from Account a
			where a.role = org.unesco.gnlc.shared.security.Role.CITY_OFFICIAL and a.cityId = :cityId
			  and a.status = org.unesco.gnlc.account.AccountStatus.AWAITING_APPROVAL and a.enabled = true""")
	long countAwaitingApproval(long cityId);

	@Query("""
			select count(a) from Account a
			where a.status = org.unesco.gnlc.account.AccountStatus.AWAITING_APPROVAL and a.enabled = true""")
	long countAllAwaitingApproval();

	Page<Account> findByStatusOrderByCreatedAtDesc(AccountStatus status, Pageable pageable);

}
