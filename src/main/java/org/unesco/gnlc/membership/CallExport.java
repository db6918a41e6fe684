package org.unesco.gnlc.membership;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.unesco.gnlc.reference.CountryInfo;
import org.unesco.gnlc.reference.ReferenceData;
import org.unesco.gnlc.shared.csv.CsvWriter;
import org.unesco.gnlc.shared.security.PortalUser;
import java.util.Arrays;

import lombok.RequiredArgsConstructor;

/**
 * A call's applications for UIL's records: one line each, and the states counted per
 * country.
 */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor
class CallExport {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

	private final MembershipApplicationRepository applications;

	private final MembershipCalls calls;

	private final ReferenceData referenceData;

	private final MessageSource messages;

	byte[] csv(PortalUser user, long callId, Locale locale) {
		return CsvWriter.toBytes(rows(user, callId, locale));
	}

	byte[] xlsx(PortalUser user, long callId, Locale locale) {
		List<List<String>> rows = rows(user, callId, locale);
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			write(workbook.createSheet(text("membership.export.sheet.applications", locale)), rows);
			write(workbook.createSheet(text("membership.export.sheet.countries", locale)), perCountry(rows, locale));
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private List<List<String>> rows(PortalUser user, long callId, Locale locale) {
		if (!user.isSecretariat()) {
			throw new AccessDeniedException("Only UIL exports a call");
		}
		calls.get(callId);
		Map<String, CountryInfo> countries = referenceData.countries(locale)
			.stream()
			.collect(Collectors.toMap(CountryInfo::code, country -> country));
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of(text("membership.export.reference", locale), text("membership.export.city", locale),
				text("membership.export.countryCode", locale), text("membership.export.country", locale),
				text("membership.export.region", locale), text("membership.export.state", locale),
				text("membership.export.submitted", locale), text("membership.export.recommendation", locale)));
		for (ApplicationSummary application : applications.ofCall(callId)) {
			CountryInfo country = countries.get(application.countryCode());
			rows.add(List.of(nullToEmpty(application.reference()), nullToEmpty(application.cityName()),
					application.countryCode(), country == null ? "" : country.name(),
					country == null ? "" : text(country.region().messageKey(), locale),
					text(application.state().messageKey(), locale),
					application.submittedAt() == null ? "" : DAY.format(application.submittedAt()),
					application.recommendation() == null ? ""
							: text("membership.recommendation." + application.recommendation().name(), locale)));
		}
		return rows;
	}

	private List<List<String>> perCountry(List<List<String>> rows, Locale locale) {
		Map<String, Map<String, Integer>> counts = new TreeMap<>();
		for (List<String> row : rows.subList(1, rows.size())) {
			counts.computeIfAbsent(row.get(3), country -> new TreeMap<>()).merge(row.get(5), 1, Integer::sum);
		}
		List<String> states = Arrays.stream(ApplicationState.values())
			.map(state -> text(state.messageKey(), locale))
			.toList();
		List<List<String>> table = new ArrayList<>();
		List<String> header = new ArrayList<>();
		header.add(text("membership.export.country", locale));
		header.addAll(states);
		table.add(header);
		counts.forEach((country, byState) -> {
			List<String> line = new ArrayList<>();
			line.add(country);
			states.forEach(state -> line.add(String.valueOf(byState.getOrDefault(state, 0))));
			table.add(line);
		});
		return table;
	}

	private static void write(Sheet sheet, List<List<String>> rows) {
		for (int r = 0; r < rows.size(); r++) {
			Row row = sheet.createRow(r);
			List<String> cells = rows.get(r);
			for (int c = 0; c < cells.size(); c++) {
				String value = cells.get(c);
				if (r > 0 && value.matches("\\d{1,9}")) {
					row.createCell(c).setCellValue(Integer.parseInt(value));
				}
				else {
					row.createCell(c).setCellValue(value);
				}
			}
		}
		for (int c = 0; c < rows.get(0).size(); c++) {
			sheet.setColumnWidth(c, 20 * 256);
		}
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

}
