package org.unesco.gnlc.account;

import lombok.RequiredArgsConstructor;

import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Ends a person's sessions (kept in PostgreSQL by Spring Session, found by their e-mail,
 * the principal name) on every instance at once: when they are deactivated, their role
 * changes or their password is reset. Runs after the change commits, so a rolled-back
 * change ends nothing.
 */
@Component
@RequiredArgsConstructor
class OpenSessions {

	private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

	void endAll(String email) {
		afterCommit(() -> end(email, null));
	}

	/** Ends the person's other sessions, keeping the one of the current request. */
	void endOthers(String email) {
		String current = currentSessionId();
		afterCommit(() -> end(email, current));
	}

	private void end(String email, @Nullable String keep) {
		FindByIndexNameSessionRepository<? extends Session> repository = sessions.getIfAvailable();
		if (repository == null) {
			return;
		}
		repository.findByPrincipalName(email)
			.keySet()
			.stream()
			.filter(id -> !id.equals(keep))
			.forEach(repository::deleteById);
	}

	private static void afterCommit(Runnable action) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					action.run();
				}
			});
		}
		else {
			action.run();
		}
	}

	private static @Nullable String currentSessionId() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpSession session = attributes.getRequest().getSession(false);
			return session == null ? null : session.getId();
		}
		return null;
	}

}
