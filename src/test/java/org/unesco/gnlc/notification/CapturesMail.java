package org.unesco.gnlc.notification;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * The portal of this test delivers its e-mail to {@link MailCapture}'s GreenMail server.
 * The context is closed after the test class, so that its sender does not go on
 * delivering the mails other tests keep in the outbox (and read their links from).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ContextConfiguration(initializers = MailCapture.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public @interface CapturesMail {

}
