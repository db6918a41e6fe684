package org.unesco.gnlc.award;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.unesco.gnlc.city.Cities;
import org.unesco.gnlc.city.CityInfo;
import org.unesco.gnlc.reference.CountryInfo;
import org.unesco.gnlc.reference.ReferenceData;
import org.unesco.gnlc.shared.files.Signature;
import org.unesco.gnlc.shared.files.StoredDocument;
import org.unesco.gnlc.shared.security.PortalUser;
import org.unesco.gnlc.shared.security.Role;
import org.unesco.gnlc.shared.tasklist.SectionProgress;
import org.unesco.gnlc.shared.web.Language;
import org.unesco.gnlc.shared.web.WordLimit;

/**
 * What the pages of an Award application show, assembled in a bounded number of
 * statements whatever the number of answers, files and links: the header, the dossier
 * every role reads ({@link #dossier}, rendered by
 * {@code award/application/fragments :: dossier}), and for the city the task list and
 * what is still missing before it can submit.
 */
@Component
@Transactional(readOnly = true)
class AwardApplicationViews {

	/** The top of every page of an application. */
	record Header(long id, @Nullable String reference, int year, String cycleTitle, long cityId, String cityName,
			String countryCode, String countryName, ApplicationState state, @Nullable Instant submittedAt) {
	}

	/** How far a task of the list is. */
	enum TaskStatus {

		CANNOT_START_YET, NOT_STARTED, IN_PROGRESS, OUTDATED, COMPLETED, OPTIONAL;

		public String messageKey() {
			return "award.application.status." + name();
		}

	}

	/**
	 * One line of the task list: a message key, or a text of its own (a criterion's
	 * name). Only criteria carry a number, their position in the call, as on their own
	 * page, the check page and the printed form.
	 */
	record Task(@Nullable Integer number, String messageKey, @Nullable String text, @Nullable String href,
			TaskStatus status) {
	}

	/** One criterion with the city's answer. */
	record Answer(CriterionInfo criterion, @Nullable String text, int words, TaskStatus status) {
	}

	/** Something the city must still do before it can submit, with where to do it. */
	record Missing(String messageKey, @Nullable String text, String href) {
	}

	/**
	 * Everything an application holds, read-only, for every role that may see it: the
	 * city and its contacts, the answer to each criterion, the files and links, the
	 * National Commission's note once nominated, and the timeline.
	 */
	record Dossier(Header app, CityProfile profile, List<Answer> answers,
			List<StoredDocument<AwardDocuments.Kind>> documents, List<AwardLinks.Link> links,
			@Nullable String nominationNote, @Nullable Integer nationalRank, List<AwardTransition> transitions) {

		public List<StoredDocument<AwardDocuments.Kind>> documentsOf(String kind) {
			return documents.stream().filter(document -> document.kind().name().equals(kind)).toList();
		}

	}

	/**
	 * One step of the timeline as the city sees it ({@code fragments/timeline} shows it
	 * like an {@link AwardTransition}): its own steps as they were recorded, then the
	 * published result.
	 */
	record CityStep(@Nullable ApplicationState fromState, ApplicationState toState, Instant at, String actorName,
			@Nullable Role actorRole, @Nullable String comment) {

		static CityStep of(AwardTransition transition) {
			return new CityStep(transition.getFromState(), transition.getToState(), transition.getAt(),
					transition.getActorName(), transition.getActorRole(), transition.getComment());
		}

		/** A city's step is always a change of state, never an event of its own. */
		public @Nullable String eventKey() {
			return null;
		}

	}

	private final AwardCycleRepository cycles;

	private final CriterionRepository criteria;

	private final AwardDocuments documents;

	private final AwardLinks links;

	private final Cities cities;

	private final ReferenceData referenceData;

	private final MessageSource messages;

	private final EndorserlessApplications endorserless;

	private final Clock clock;

	AwardApplicationViews(AwardCycleRepository cycles, CriterionRepository criteria, AwardDocuments documents,
			AwardLinks links, Cities cities, ReferenceData referenceData, MessageSource messages,
			EndorserlessApplications endorserless, Clock clock) {
		this.messages = messages;
		this.endorserless = endorserless;
		this.cycles = cycles;
		this.criteria = criteria;
		this.documents = documents;
		this.links = links;
		this.cities = cities;
		this.referenceData = referenceData;
		this.clock = clock;
	}

	/**
	 * The top of a page for this reader: the city's own officials see the state as the
	 * city sees it.
	 */
	Header header(PortalUser reader, AwardApplication application, AwardCycle cycle, Locale locale) {
		Header header = header(application, cycle, locale);
		if (!reader.actsForCity(application.cityId())) {
			return header;
		}
		return new Header(header.id(), header.reference(), header.year(), header.cycleTitle(), header.cityId(),
				header.cityName(), header.countryCode(), header.countryName(),
				application.state().seenByCity(cycle.publishedAt() != null), header.submittedAt());
	}

	/**
	 * The timeline the city sees: its own steps (draft, submission, the National
	 * Commission's decision, a withdrawal), never UIL's review, shortlist or the jury;
	 * once the recipients are published, one last step with the result, by UIL on the day
	 * of publication.
	 */
	List<CityStep> cityTimeline(AwardApplication application, AwardCycle cycle, Locale locale) {
		List<CityStep> steps = new ArrayList<>();
		for (AwardTransition transition : application.transitions()) {
			if (ApplicationState.isCitysOwnStep(transition.getFromState(), transition.getToState())) {
				steps.add(CityStep.of(transition));
			}
		}
		Instant published = cycle.publishedAt();
		ApplicationState seen = application.state().seenByCity(published != null);
		if (published != null && application.state().isNominated()) {
			steps.add(new CityStep(ApplicationState.NOMINATED, seen, published,
					messages.getMessage("award.application.city.publishedBy", null, locale), null, null));
		}
		return steps;
	}

	Header header(AwardApplication application, AwardCycle cycle, Locale locale) {
		String cityName = cities.byId(application.cityId()).map(CityInfo::name).orElse("—");
		String country = referenceData.country(application.countryCode(), locale)
			.map(CountryInfo::name)
			.orElse(application.countryCode());
		return new Header(application.id(), application.reference(), application.year(), cycle.info(locale, 0).title(),
				application.cityId(), cityName, application.countryCode(), country, application.state(),
				application.submittedAt());
	}

	/**
	 * The read-only dossier of an application (the caller has checked who may see it).
	 */
	Dossier dossier(AwardApplication application, Locale locale) {
		AwardCycle cycle = cycles.findById(application.cycleId()).orElseThrow();
		return dossier(application, cycle, criteriaOf(application, locale), documents.of(application.id()), locale);
	}

	private Dossier dossier(AwardApplication application, AwardCycle cycle, List<CriterionInfo> criterionInfos,
			List<StoredDocument<AwardDocuments.Kind>> files, Locale locale) {
		List<Answer> answers = new ArrayList<>();
		for (CriterionInfo criterion : criterionInfos) {
			String text = application.answerTo(criterion.id());
			answers.add(new Answer(criterion, text, WordLimit.Validator.count(text),
					status(application, criterion.sectionKey())));
		}
		return new Dossier(header(application, cycle, locale), application.profile(), answers, files,
				links.of(application.id()), application.state().isNominated() ? application.nominationNote() : null,
				application.nationalRank(), application.transitions());
	}

	List<CriterionInfo> criteriaOf(AwardApplication application, Locale locale) {
		return criteria.findByCycleIdOrderByPosition(application.cycleId())
			.stream()
			.map(criterion -> criterion.info(locale))
			.toList();
	}

	static TaskStatus status(AwardApplication application, String section) {
		SectionProgress progress = application.progress(section);
		if (progress == null) {
			return TaskStatus.NOT_STARTED;
		}
		return progress.completed() ? TaskStatus.COMPLETED : TaskStatus.IN_PROGRESS;
	}

	/**
	 * The application page: the task list for the city's own draft, the dossier for
	 * everyone else (and for the city once it has submitted), with the actions open to
	 * this person.
	 */
	void fill(Model model, PortalUser user, AwardApplication application, Locale locale) {
		AwardCycle cycle = cycles.findById(application.cycleId()).orElseThrow();
		List<CriterionInfo> criterionInfos = criteriaOf(application, locale);
		List<StoredDocument<AwardDocuments.Kind>> files = documents.of(application.id());
		Dossier dossier = dossier(application, cycle, criterionInfos, files, locale);
		boolean official = user.actsForCity(application.cityId());
		boolean draft = application.state() == ApplicationState.DRAFT;
		Signature<AwardDocuments.Kind> signature = signature(application, files);
		boolean consent = files.stream().anyMatch(document -> document.kind() == AwardDocuments.Kind.CONSENT_FORM);
		List<Missing> missing = missing(application, dossier, signature, consent);
		boolean callOpen = cycle.acceptsApplicationsOn(LocalDate.now(clock));
		model.addAttribute("app", official ? header(user, application, cycle, locale) : dossier.app());
		model.addAttribute("dossier", dossier);
		model.addAttribute("transitions", official ? cityTimeline(application, cycle, locale) : dossier.transitions());
		model.addAttribute("signature", signature);
		model.addAttribute("consentForm",
				files.stream()
					.filter(document -> document.kind() == AwardDocuments.Kind.CONSENT_FORM)
					.findFirst()
					.orElse(null));
		model.addAttribute("materials", dossier.documentsOf("MATERIAL"));
		model.addAttribute("missing", missing);
		model.addAttribute("cycle", cycle.info(locale, 0));
		model.addAttribute("consentFormLanguages", CONSENT_FORM_LANGUAGES);
		if (official && (draft || application.state() == ApplicationState.SUBMITTED)) {
			// Before it submits, the city learns whether its National Commission will
			// receive the application.
			model.addAttribute("nationalCommissionOnPortal", endorserless.hasEndorser(application.countryCode()));
		}
		model.addAttribute("callOpen", callOpen);
		model.addAttribute("isOfficial", official);
		model.addAttribute("canEdit", official && draft);
		model.addAttribute("canSubmit", official && draft && missing.isEmpty() && callOpen);
		model.addAttribute("canWithdraw", official && ApplicationState.WITHDRAWABLE.contains(application.state()));
		model.addAttribute("version", application.version());
		if (official && draft) {
			model.addAttribute("tasks", tasks(application, dossier, signature, consent, files));
		}
	}

	List<Task> tasks(AwardApplication application, Dossier dossier, Signature<AwardDocuments.Kind> signature,
			boolean consent, List<StoredDocument<AwardDocuments.Kind>> files) {
		String base = "/award/applications/" + application.id();
		List<Task> tasks = new ArrayList<>();
		tasks.add(new Task(null, "award.application.section.profile", null, base + "/sections/profile",
				status(application, AwardApplication.PROFILE_SECTION)));
		for (Answer answer : dossier.answers()) {
			tasks.add(new Task(answer.criterion().position(), "award.application.section.criterion",
					answer.criterion().name(), base + "/sections/criteria/" + answer.criterion().id(),
					answer.status()));
		}
		boolean answered = dossier.answers().stream().allMatch(answer -> answer.status() == TaskStatus.COMPLETED)
				&& status(application, AwardApplication.PROFILE_SECTION) == TaskStatus.COMPLETED;
		TaskStatus signing = !answered ? TaskStatus.CANNOT_START_YET : signature.current() ? TaskStatus.COMPLETED
				: signature.signedForm() != null ? TaskStatus.OUTDATED : TaskStatus.NOT_STARTED;
		tasks.add(new Task(null, "award.application.task.sign", null, base + "/check#signature", signing));
		tasks.add(new Task(null, "award.application.task.consent", null, base + "/check#consent",
				consent ? TaskStatus.COMPLETED : TaskStatus.NOT_STARTED));
		long materials = files.stream().filter(document -> document.kind() == AwardDocuments.Kind.MATERIAL).count();
		tasks.add(new Task(null, "award.application.task.materials", null, base + "/check#materials",
				materials + dossier.links().size() > 0 ? TaskStatus.COMPLETED : TaskStatus.OPTIONAL));
		tasks.add(new Task(null, "award.application.task.submit", null, base + "/check", TaskStatus.NOT_STARTED));
		return tasks;
	}

	/**
	 * What stands between the draft and its submission, in the order of the task list.
	 */
	List<Missing> missing(AwardApplication application, Dossier dossier, Signature<AwardDocuments.Kind> signature,
			boolean consent) {
		List<Missing> missing = new ArrayList<>();
		if (application.state() != ApplicationState.DRAFT) {
			return missing;
		}
		String base = "/award/applications/" + application.id();
		if (!application.isCompleted(AwardApplication.PROFILE_SECTION)) {
			missing.add(new Missing("award.application.missing.section", null, base + "/sections/profile"));
		}
		for (Answer answer : dossier.answers()) {
			if (answer.status() != TaskStatus.COMPLETED) {
				missing.add(new Missing("award.application.missing.criterion", answer.criterion().name(),
						base + "/sections/criteria/" + answer.criterion().id()));
			}
		}
		if (signature.signedForm() == null) {
			missing.add(new Missing("award.application.missing.signature", null, base + "/check#signature"));
		}
		else if (!signature.current()) {
			missing.add(new Missing("award.application.missing.signatureOutdated", null, base + "/check#signature"));
		}
		if (!consent) {
			missing.add(new Missing("award.application.missing.consent", null, base + "/check#consent"));
		}
		return missing;
	}

	static Signature<AwardDocuments.Kind> signature(AwardApplication application,
			List<StoredDocument<AwardDocuments.Kind>> files) {
		return Signature.of(files, AwardDocuments.Kind.SIGNED_FORM, application.dataFingerprint());
	}

	/**
	 * The form the mayor signs: every answer, with the fingerprint printed on each page.
	 */
	Map<String, Object> printModel(AwardApplication application, Locale locale) {
		Map<String, Object> model = new HashMap<>();
		Dossier dossier = dossier(application, locale);
		model.put("app", dossier.app());
		model.put("dossier", dossier);
		model.put("fingerprint", application.dataFingerprint());
		return model;
	}

	/** The languages of the blank Consent Form. */
	static final List<Language> CONSENT_FORM_LANGUAGES = List.of(Language.ENGLISH, Language.FRENCH, Language.SPANISH);

	/**
	 * The blank Consent Form, in its own language: the city, its country and the cycle
	 * filled in.
	 */
	Map<String, Object> consentFormModel(AwardApplication application, Locale formLocale) {
		return Map.of("app", header(application, cycles.findById(application.cycleId()).orElseThrow(), formLocale));
	}

	/**
	 * One of the city's applications, past or current, as its start page lists them (the
	 * state as the city sees it).
	 */
	record HistoryItem(long id, int year, @Nullable String reference, ApplicationState state,
			@Nullable Instant submittedAt) {
	}

	/**
	 * The city's applications for its start page, each state as the city sees it (one
	 * statement for the cycles).
	 */
	List<HistoryItem> history(List<AwardApplication> applications) {
		Set<Long> published = new HashSet<>();
		cycles.findAllByOrderByYearDesc().forEach(cycle -> {
			if (cycle.publishedAt() != null) {
				published.add(cycle.id());
			}
		});
		return applications.stream()
			.map(application -> new HistoryItem(application.id(), application.year(), application.reference(),
					application.state().seenByCity(published.contains(application.cycleId())),
					application.submittedAt()))
			.toList();
	}

	/**
	 * A reason why a city may not apply, ready for the page: its message key and
	 * arguments.
	 */
	record Reason(String messageKey, Object[] args) {
	}

	/**
	 * An open cycle on the city's start page, with the reasons it may not apply in plain
	 * words.
	 */
	record OfferView(AwardApplications.Offer offer, List<Reason> reasons) {
	}

	static OfferView view(AwardApplications.Offer offer) {
		return new OfferView(offer,
				offer.eligibility()
					.reasons()
					.stream()
					.map(reason -> new Reason(reason.messageKey(), reason.args()))
					.toList());
	}

}
