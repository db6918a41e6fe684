package org.unesco.gnlc.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The page of the item an action acts on, where a refused action goes back to when no
 * Referer names a page of the portal ({@link ReturnPages}). Needed only where the
 * action's address less its last segments is not that page: a city starts its application
 * at {@code /award/cycles/{cycleId}/applications}, whose parent would read the cycle's id
 * as the year of UIL's cycle page.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ItemPage {

	/**
	 * The page's address, its variables those of the action's route
	 * ({@code /admin/award-cycles/{id}}).
	 */
	String value();

}
