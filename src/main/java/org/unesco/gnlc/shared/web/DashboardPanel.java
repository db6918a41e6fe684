package org.unesco.gnlc.shared.web;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.unesco.gnlc.shared.security.PortalUser;

/**
 * A feature's part of a person's dashboard at {@code /my}: what waits for them there and
 * where to act. Each feature declares one bean of this type; the dashboard shows the
 * panels that answer for the signed-in person, in {@link #order()}. A panel must cost a
 * bounded number of queries whatever the data size.
 */
public interface DashboardPanel {

	/** The panel for this person, or empty if the feature has nothing for their role. */
	Optional<Panel> panelFor(PortalUser user);

	default int order() {
		return 100;
	}

	/** A titled list of things to do; texts are message keys with their arguments. */
	record Panel(String titleKey, List<Item> items) {

		/** The panel with these items, or none when there is nothing to show. */
		public static Optional<Panel> ifAny(String titleKey, List<Item> items) {
			return items.isEmpty() ? Optional.empty() : Optional.of(new Panel(titleKey, items));
		}

	}

	/** One line of a panel, a link where {@code href} is given. */
	record Item(String messageKey, List<Object> arguments, @Nullable String href) {

		public static Item link(String messageKey, String href, Object... arguments) {
			return new Item(messageKey, List.of(arguments), href);
		}

		public static Item text(String messageKey, Object... arguments) {
			return new Item(messageKey, List.of(arguments), null);
		}

	}

}
