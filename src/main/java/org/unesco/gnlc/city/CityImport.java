package org.unesco.gnlc.city;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.unesco.gnlc.shared.security.Actor;
import org.unesco.gnlc.shared.web.RefusedActionException;

/**
 * One import of the existing network: the file uploaded and previewed, then applied (or
 * discarded), then its invitations sent. Each step is on its timeline; its counts are
 * those of the preview until it is applied, then those of what was written.
 */
@Entity
@Table(name = "city_import")
class CityImport extends AbstractAggregateRoot<CityImport> {

	enum State {

		PREVIEWED, APPLIED, INVITATIONS_SENT, DISCARDED;

		public String messageKey() {
			return "city.import.state." + name();
		}

	}

	/**
	 * The import moved from one state to another (listened to inside the city module
	 * only).
	 */
	record StateChanged(long importId, @Nullable State from, State to) {
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private ImportKind kind;

	@Enumerated(EnumType.STRING)
	private State state;

	private String fileName;

	private Instant uploadedAt;

	private @Nullable Long uploadedById;

	private String uploadedByName;

	private @Nullable Instant appliedAt;

	private int rowsRead;

	private int createdCount;

	private int updatedCount;

	private int unchangedCount;

	private int errorCount;

	private int notInFile;

	private int invitationCount;

	private boolean errorsAccepted;

	@Version
	private long version;

	@OneToMany(cascade = CascadeType.ALL, fetch = FetchType.LAZY)
	@JoinColumn(name = "import_id", nullable = false, updatable = false)
	@OrderBy("at, id")
	private List<ImportTransition> transitions = new ArrayList<>();

	protected CityImport() {
	}

	CityImport(ImportKind kind, String fileName, ImportPlan.Counts preview, Actor actor, Instant at) {
		this.kind = kind;
		this.fileName = fileName;
		this.uploadedAt = at;
		this.uploadedById = actor.accountId();
		this.uploadedByName = actor.name();
		count(preview);
		move(State.PREVIEWED, actor, at, null);
	}

	/**
	 * Records that the valid rows were written. A file with errors is applied only when
	 * the person said so explicitly.
	 */
	void applied(ImportPlan.Counts counts, boolean errorsAccepted, Actor actor, Instant at) {
		require(State.PREVIEWED);
		if (counts.errors() > 0 && !errorsAccepted) {
			throw new RefusedActionException("city.import.errorsNotAccepted", counts.errors());
		}
		this.errorsAccepted = counts.errors() > 0;
		this.appliedAt = at;
		count(counts);
		move(State.APPLIED, actor, at, null);
	}

	void discarded(Actor actor, Instant at) {
		require(State.PREVIEWED);
		move(State.DISCARDED, actor, at, null);
	}

	void invitationsSent(int sent, Actor actor, Instant at) {
		require(State.APPLIED);
		if (sent == 0) {
			throw new RefusedActionException("city.import.noInvitationsHeld");
		}
		move(State.INVITATIONS_SENT, actor, at, String.valueOf(sent));
	}

	/** The batch that names the invitations of this import in the account feature. */
	String invitationBatch() {
		return "city-import:" + id;
	}

	/**
	 * Refuses an action of another state (a second click of a button that already acted).
	 */
	void require(State expected) {
		if (state != expected) {
			throw new RefusedActionException("city.import.notNow", state.name());
		}
	}

	private void move(State to, Actor actor, Instant at, @Nullable String comment) {
		State from = state;
		transitions.add(new ImportTransition(from, to, actor, at, comment));
		state = to;
		registerEvent(new StateChanged(id == null ? 0 : id, from, to));
	}

	private void count(ImportPlan.Counts counts) {
		rowsRead = counts.rows();
		createdCount = counts.created();
		updatedCount = counts.updated();
		unchangedCount = counts.unchanged();
		errorCount = counts.errors();
		notInFile = counts.notInFile();
		invitationCount = counts.invitations();
	}

	public Long getId() {
		return id;
	}

	public ImportKind getKind() {
		return kind;
	}

	public State getState() {
		return state;
	}

	public String getFileName() {
		return fileName;
	}

	public Instant getUploadedAt() {
		return uploadedAt;
	}

	public String getUploadedByName() {
		return uploadedByName;
	}

	public @Nullable Instant getAppliedAt() {
		return appliedAt;
	}

	public ImportPlan.Counts getCounts() {
		return new ImportPlan.Counts(rowsRead, createdCount, updatedCount, unchangedCount, errorCount, notInFile,
				invitationCount);
	}

	public boolean isErrorsAccepted() {
		return errorsAccepted;
	}

	public long getVersion() {
		return version;
	}

	public List<ImportTransition> getTransitions() {
		return transitions;
	}

}
