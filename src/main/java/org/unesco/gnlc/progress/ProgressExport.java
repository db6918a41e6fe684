package org.unesco.gnlc.progress;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.unesco.gnlc.reference.CountryInfo;
import org.unesco.gnlc.reference.ReferenceData;
import org.unesco.gnlc.shared.csv.CsvWriter;
import org.unesco.gnlc.shared.security.PortalUser;

/**
 * A round's reports for UIL's records: one line each, with UIL's judgement per area of
 * focus.
 */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor
class ProgressExport {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

	private final ProgressReportRepository reports;

	private final ProgressRounds rounds;

	private final ReferenceData reference;

	private final MessageSource messages;

	private final JdbcClient jdbc;

	byte[] csv(PortalUser user, long roundId, Locale locale) {
		return CsvWriter.toBytes(rows(user, roundId, locale));
	}

	byte[] xlsx(PortalUser user, long roundId, Locale locale) {
		List<List<String>> rows = rows(user, roundId, locale);
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(text("progress.export.sheet", locale));
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r);
				List<String> cells = rows.get(r);
				for (int c = 0; c < cells.size(); c++) {
					row.createCell(c).setCellValue(cells.get(c));
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private List<List<String>> rows(PortalUser user, long roundId, Locale locale) {
		if (!user.isSecretariat()) {
			throw new AccessDeniedException("Only UIL exports a round");
		}
		ProgressRound round = rounds.get(roundId);
		List<String> focusCodes = List.copyOf(round.questions().keySet());
		Map<String, CountryInfo> countries = reference.countries(locale)
			.stream()
			.collect(Collectors.toMap(CountryInfo::code, country -> country));
		Map<Long, Map<String, String>> judgements = new HashMap<>();
		jdbc.sql("""
				select j.report_id, j.focus_code, j.judgement
				from progress_judgement j join progress_report r on r.id = j.report_id
				where r.round_id = :round
				""").param("round", roundId).query((rs, n) -> {
			judgements.computeIfAbsent(rs.getLong(1), id -> new HashMap<>()).put(rs.getString(2), rs.getString(3));
			return null;
		}).list();
		List<List<String>> rows = new ArrayList<>();
		List<String> header = new ArrayList<>(
				List.of(text("progress.export.city", locale), text("progress.export.countryCode", locale),
						text("progress.export.country", locale), text("progress.export.region", locale),
						text("progress.export.state", locale), text("progress.export.submitted", locale)));
		focusCodes.forEach(code -> header.add(text("progress.export.focus", locale) + " " + code));
		rows.add(header);
		for (ReportSummary report : reports.ofRound(roundId)) {
			CountryInfo country = countries.get(report.countryCode());
			List<String> line = new ArrayList<>(
					List.of(report.cityName(), report.countryCode(), country == null ? "" : country.name(),
							country == null ? "" : text(country.region().messageKey(), locale),
							text(report.state().messageKey(), locale),
							report.submittedAt() == null ? "" : DAY.format(report.submittedAt())));
			Map<String, String> judged = judgements.getOrDefault(report.id(), Map.of());
			focusCodes.forEach(code -> line
				.add(judged.containsKey(code) ? text("progress.judgement." + judged.get(code), locale) : ""));
			rows.add(line);
		}
		return rows;
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

}
