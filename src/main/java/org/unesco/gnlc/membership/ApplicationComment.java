package org.unesco.gnlc.membership;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.unesco.gnlc.shared.persistence.BaseEntity;
import org.unesco.gnlc.shared.security.Actor;
import org.unesco.gnlc.shared.security.Role;

/**
 * A message in an application's thread; UIL's internal notes are never shown outside UIL.
 */
@Entity
@Table(name = "membership_comment")
class ApplicationComment extends BaseEntity {

	private long applicationId;

	private Instant at;

	private long authorId;

	private String authorName;

	@Enumerated(EnumType.STRING)
	private Role authorRole;

	private String body;

	private boolean internal;

	protected ApplicationComment() {
	}

	ApplicationComment(long applicationId, Actor author, String body, boolean internal, Instant at) {
		this.applicationId = applicationId;
		this.authorId = author.accountId();
		this.authorName = author.name();
		this.authorRole = author.role();
		this.body = body;
		this.internal = internal;
		this.at = at;
	}

	public Instant getAt() {
		return at;
	}

	public String getAuthorName() {
		return authorName;
	}

	public Role getAuthorRole() {
		return authorRole;
	}

	public String getBody() {
		return body;
	}

	public boolean isInternal() {
		return internal;
	}

}
