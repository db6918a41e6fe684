/**
 * E-mail to the people of the portal, in each recipient's language, through a
 * transactional outbox so that no notification is lost while the mail server is down.
 *
 * <h2>Sending a mail from a feature</h2> Inject {@link Notifications} and call it inside
 * the transaction of the change that causes the mail:
 *
 * <pre>
 * &#64;Transactional
 * void submit(long applicationId, PortalUser official) {
 *     MembershipApplication application = ...;
 *     application.submit(official, clock);
 *     notifications.toEndorsers(application.countryCode(), Mail.template("membership/mail/submitted")
 *         .event("membership-application:" + applicationId + ":submitted:" + application.version())
 *         .subject("membership.mail.submitted.subject", application.cityName())
 *         .with("cityName", application.cityName())
 *         .link("/membership/applications/" + applicationId)
 *         .build());
 * }
 * </pre>
 *
 * <ul>
 * <li>Recipients: {@code toAccount(accountId, mail)},
 * {@code toCityOfficials(cityId, mail)}, {@code toEndorsers(countryCode, mail)},
 * {@code toRole(Role, mail)}, {@code toAddress(email, name, Language, mail)} (an address
 * without an account, e.g. a National Commission's contact address) and
 * {@code to(Collection<Recipient>, mail)}. Groups hold active accounts only. Each answers
 * how many mails it queued.</li>
 * <li>Templates: {@code src/main/resources/templates/<feature>/mail/<name>.html} (an HTML
 * fragment: paragraphs, lists; no {@code <html>} element) and {@code <name>.txt}
 * (Thymeleaf TEXT mode: {@code [[${cityName}]]},
 * {@code [[#{membership.mail.submitted.intro(${cityName})}]]}), with their texts in the
 * feature's bundle in English, French and Spanish. The portal's layout
 * ({@code templates/notification/mail/layout.*}) adds the greeting
 * ({@code recipientName}), the button or line with the {@code link}, and the footer;
 * templates may use {@code recipientName}, {@code link}, {@code portalUrl},
 * {@code subject} and the model.</li>
 * <li>Event key: names the event, unique per occurrence (e.g. with the application's id
 * and the transition's id or version). The outbox keeps one mail per event key and
 * recipient, so a retried call, a redelivered event or a second instance never sends a
 * mail twice.</li>
 * <li>Mail rendered at queue time, stored with the change, sent after commit by
 * {@code OutboxSender} (right away, and every {@code gnlc.mail.outbox.poll-interval} for
 * retries, with a back-off from {@code first-retry} doubling to {@code longest-retry}, up
 * to {@code max-attempts}). One sender at a time across instances (ShedLock), each mail
 * locked while it is sent.</li>
 * <li>Events instead of calls: a feature may also react to its own domain events with an
 * {@code @ApplicationModuleListener} that calls {@code Notifications} (Spring Modulith
 * stores the event in {@code event_publication} in the publishing transaction; failed
 * listeners are resubmitted every minute by {@code EventPublicationResubmission}). Derive
 * the event key from the event so a redelivery queues nothing new.</li>
 * </ul>
 *
 * <p>
 * Without {@code spring.mail.host} (the embedded default) mails are kept, not sent;
 * UIL_ADMIN reads them with their state at {@code /admin/outbox}. With it they are
 * delivered.
 *
 * <p>
 * This module depends on no feature: the addresses and languages of accounts come from
 * the {@link Recipients} interface, which the account feature implements.
 */
@NullMarked
package org.unesco.gnlc.notification;

import org.jspecify.annotations.NullMarked;
