package org.unesco.gnlc.membership;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import org.unesco.gnlc.shared.web.StaleEditException;

/** UIL's membership calls and the list of challenges cities rate. */
@Service
@Transactional
@RequiredArgsConstructor
class MembershipCalls {

	record ChallengeOption(long id, String name, boolean active) {
	}

	private final MembershipCallRepository calls;

	private final ChallengeRepository challenges;

	private final Clock clock;

	@Transactional(readOnly = true)
	Optional<MembershipCall> current() {
		return calls.openOn(LocalDate.now(clock)).stream().findFirst();
	}

	@Transactional(readOnly = true)
	Optional<MembershipCall> next() {
		return calls.nextAfter(LocalDate.now(clock));
	}

	@Transactional(readOnly = true)
	List<MembershipCall> all() {
		return calls.findAllByOrderByOpensOnDesc();
	}

	@Transactional(readOnly = true)
	MembershipCall get(long id) {
		return calls.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** A new call (without an id) or a change to one. */
	void save(@Nullable Long id, CallForm form) {
		if (id == null) {
			create(form);
		}
		else {
			change(id, form);
		}
	}

	long create(CallForm form) {
		return calls
			.save(new MembershipCall(form.title().strip(), form.opensOn(), form.closesOn(), form.decisionDeadline(),
					form.perCountryLimit()))
			.id();
	}

	void change(long id, CallForm form) {
		MembershipCall call = get(id);
		StaleEditException.check(form.version(), call.version(), "The call");
		call.change(form.title().strip(), form.opensOn(), form.closesOn(), form.decisionDeadline(),
				form.perCountryLimit());
	}

	@Transactional(readOnly = true)
	List<ChallengeOption> activeChallenges(Locale locale) {
		return challenges.findByActiveTrueOrderByPosition()
			.stream()
			.map(challenge -> new ChallengeOption(challenge.id(), challenge.name().in(locale), true))
			.toList();
	}

	@Transactional(readOnly = true)
	List<ChallengeOption> allChallenges(Locale locale) {
		return challenges.findAllByOrderByPosition()
			.stream()
			.map(challenge -> new ChallengeOption(challenge.id(), challenge.name().in(locale), challenge.active()))
			.toList();
	}

	@Transactional(readOnly = true)
	Challenge challenge(long id) {
		return challenges.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** A new challenge (without an id) or a change to one. */
	void saveChallenge(@Nullable Long id, ChallengeForm form) {
		if (id == null) {
			addChallenge(form);
		}
		else {
			changeChallenge(id, form);
		}
	}

	void addChallenge(ChallengeForm form) {
		int position = challenges.findAllByOrderByPosition().stream().mapToInt(Challenge::position).max().orElse(0) + 1;
		Challenge challenge = new Challenge(position, form.name());
		challenge.setActive(form.active());
		challenges.save(challenge);
	}

	void changeChallenge(long id, ChallengeForm form) {
		Challenge challenge = challenge(id);
		StaleEditException.check(form.version(), challenge.version(), "The challenge");
		challenge.rename(form.name());
		challenge.setActive(form.active());
	}

}
