package org.unesco.gnlc.conference;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.unesco.gnlc.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A conference's agenda as iCalendar and its record as PDF, as a visitor downloads them.
 */
@PortalTest
class ConferenceExportsTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theAgendaOfMexicoCityIsAnICalendarInMexicoCityTime() throws Exception {
		MockHttpServletResponse response = download("/conferences/2/agenda.ics");
		assertThat(response.getContentType()).startsWith("text/calendar");
		assertThat(response.getHeader("Content-Disposition")).contains("attachment").contains("iclc-2-agenda.ics");
		String ics = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(ics).contains("BEGIN:VTIMEZONE", "TZID:America/Mexico_City",
				"DTSTART;TZID=America/Mexico_City:20150928T093000", "LOCATION:Teatro de la Ciudad");

		Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
		List<VEvent> events = calendar.getComponents("VEVENT");
		assertThat(events).hasSize(22);
		VEvent opening = events.stream()
			.filter(event -> event.getSummary().getValue().equals("Opening Ceremony"))
			.findFirst()
			.orElseThrow();
		// 28 September 2015 was daylight time in Mexico City (UTC-5): 09:30 there was
		// 14:30 UTC.
		ZonedDateTime start = (ZonedDateTime) opening.getDateTimeStart().getDate();
		assertThat(start.toInstant()).isEqualTo(Instant.parse("2015-09-28T14:30:00Z"));
		ZonedDateTime end = (ZonedDateTime) opening.getDateTimeEnd().getDate();
		assertThat(end.toInstant()).isEqualTo(Instant.parse("2015-09-28T15:45:00Z"));
		assertThat(opening.getDescription().getValue()).contains("/conferences/2");
		VEvent arrival = events.stream()
			.filter(event -> event.getSummary().getValue().equals("Arrival and registration"))
			.findFirst()
			.orElseThrow();
		assertThat(arrival.getDateTimeStart().getValue()).isEqualTo("20150927");
	}

	@Test
	void theRecordIsAPdfWithEveryAccentInAnEmbeddedFont() throws Exception {
		MockHttpServletResponse response = download("/conferences/2/record.pdf");
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		assertThat(response.getHeader("Content-Disposition")).contains("iclc-2-2015-en.pdf");
		try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains("2nd International Conference on Learning Cities",
					"Plenary Session 3: Implementing the Key Features of Sustainable Learning Cities", "Walter Hirche",
					"Ybycuí", "Köseoğlu", "Ní Dhálaigh", "Palacio de Minería",
					"Mexico City Statement on Sustainable Learning Cities");
			assertThat(pdf.getDocumentInformation().getTitle())
				.isEqualTo("2nd International Conference on Learning Cities");
			PDFont font = pdf.getPage(0)
				.getResources()
				.getFont(pdf.getPage(0).getResources().getFontNames().iterator().next());
			assertThat(font.getName()).contains("DejaVuSans");
			assertThat(font.isEmbedded()).isTrue();
			assertThat(pdf.getNumberOfPages()).isGreaterThan(3);
		}
	}

	@Test
	void thePdfFollowsTheReadersLanguage() throws Exception {
		MockHttpServletResponse response = download("/conferences/2/record.pdf?lang=fr");
		try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains("2e Conférence internationale sur les villes apprenantes", "Séance plénière 3",
					"Programme", "28–30 septembre 2015");
		}
	}

	@Test
	void theArabicPdfIsShapedRightToLeftInAnEmbeddedArabicFont() throws Exception {
		MockHttpServletResponse response = download("/conferences/2/record.pdf?lang=ar");
		try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
			PDFTextStripper stripper = new PDFTextStripper();
			// The joined forms read back as letters; a shadda is shaped with a tatweel
			// (U+0640) before it.
			String text = Normalizer.normalize(stripper.getText(pdf), Normalizer.Form.NFKC)
				.replace("\u0640", "")
				.replaceAll("\\s+", " ");
			assertThat(text).contains("المؤتمر الدولي الثاني لمدن التعلّم", "Ybycuí", "2015");
			List<String> fonts = new ArrayList<>();
			for (COSName name : pdf.getPage(0).getResources().getFontNames()) {
				PDFont font = pdf.getPage(0).getResources().getFont(name);
				assertThat(font.isEmbedded()).as(font.getName()).isTrue();
				fonts.add(font.getName());
			}
			assertThat(fonts).anySatisfy(font -> assertThat(font).contains("Amiri"));
		}
	}

	@Test
	void aPlannedConferenceWithoutAgendaStillExports() throws Exception {
		try (PDDocument pdf = Loader.loadPDF(download("/conferences/7/record.pdf").getContentAsByteArray())) {
			assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
				.contains("7th International Conference on Learning Cities", "Planned for 2027");
		}
		String ics = download("/conferences/7/agenda.ics").getContentAsString(StandardCharsets.UTF_8);
		assertThat(ics).contains("BEGIN:VCALENDAR").doesNotContain("BEGIN:VEVENT");
	}

	private MockHttpServletResponse download(String path) throws Exception {
		return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse();
	}

}
