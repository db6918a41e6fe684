package org.unesco.gnlc.conference;

import java.util.Locale;

import lombok.RequiredArgsConstructor;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Names of conferences and sessions in the reader's language: “2nd International
 * Conference on Learning Cities”, “2e Conférence internationale ...”, “2.ª Conferencia
 * Internacional ...”; “Plenary Session 3: Implementing the Key Features ...”.
 */
@Component
@RequiredArgsConstructor
class ConferenceNames {

	private final MessageSource messages;

	String conference(int ordinal, Locale locale) {
		return messages.getMessage("conference.name", new Object[] { ordinal(ordinal, locale) }, locale);
	}

	/** “Plenary Session 3: Title”, “Opening Ceremony”, “Mayors' Forum: Title”. */
	String session(SessionType type, @Nullable Integer number, @Nullable String title, Locale locale) {
		String kind = number != null
				? messages.getMessage("conference.sessionType.numbered." + type.name(), new Object[] { number }, locale)
				: messages.getMessage(type.messageKey(), null, locale);
		return title == null ? kind
				: messages.getMessage("conference.sessionLabel", new Object[] { kind, title }, locale);
	}

	/**
	 * Masculine Arabic ordinals with the article, as a conference (المؤتمر) takes them.
	 */
	private static final String[] ARABIC_ORDINALS = { "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس",
			"السابع", "الثامن", "التاسع", "العاشر" };

	/** 1st, 2nd, 3rd, 11th, 21st; 1re, 2e; 1.ª, 2.ª; الأول، الثاني (after ten: الـ11). */
	static String ordinal(int number, Locale locale) {
		return switch (locale.getLanguage()) {
			case "fr" -> number == 1 ? "1re" : number + "e";
			case "es" -> number + ".ª";
			case "ar" -> number >= 1 && number <= ARABIC_ORDINALS.length ? ARABIC_ORDINALS[number - 1] : "الـ" + number;
			default -> {
				int lastTwo = number % 100;
				String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (number % 10) {
					case 1 -> "st";
					case 2 -> "nd";
					case 3 -> "rd";
					default -> "th";
				};
				yield number + suffix;
			}
		};
	}

}
