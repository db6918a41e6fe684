package org.unesco.gnlc.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The field of the form where the error of a check written as a method
 * ({@code @AssertTrue boolean isEveryLinkAWebAddress()}) is shown, and which its line of
 * the error summary links to: such a check names no field of the page by itself.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ShownAt {

	/**
	 * The property path of the field, as the form binds it ({@code implementationLinks}).
	 */
	String value();

}
