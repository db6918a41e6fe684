package org.unesco.gnlc.city;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.unesco.gnlc.shared.files.CheckedFile;
import org.unesco.gnlc.shared.files.FileKind;
import org.unesco.gnlc.shared.web.RefusedActionException;

/**
 * The rows of an uploaded table, read by Apache Commons CSV (UTF-8 with or without a byte
 * order mark, comma or semicolon as Excel writes them) or Apache POI (the first sheet of
 * an XLSX), each with its line number as a spreadsheet shows it (the header is line 1).
 * Column names are read without regard to case or spaces; empty rows are skipped.
 */
record ImportTable(List<String> header, List<Line> lines) {

	static final int MOST_ROWS = 5_000;

	/**
	 * One row of the file: its line number and its values by column name (blank values
	 * left out).
	 */
	record Line(int number, Map<String, String> values) {

		String value(String column) {
			return values.getOrDefault(column, "");
		}

	}

	/** A file that cannot be read as a whole; the message key says why. */
	static class UnreadableFile extends RefusedActionException {

		UnreadableFile(String messageKey, Object... arguments) {
			super(messageKey, arguments);
		}

	}

	static ImportTable read(CheckedFile file, ImportKind kind) {
		ImportTable table = file.kind() == FileKind.XLSX ? xlsx(file.content()) : csv(file.content());
		List<String> missing = kind.requiredColumns()
			.stream()
			.filter(column -> !table.header.contains(column))
			.toList();
		if (!missing.isEmpty()) {
			throw new UnreadableFile("city.import.error.missingColumns", String.join(", ", missing));
		}
		if (table.lines.isEmpty()) {
			throw new UnreadableFile("city.import.error.noRows");
		}
		return table;
	}

	private static ImportTable csv(byte[] content) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException notUtf8) {
			throw new UnreadableFile("city.import.error.notUtf8");
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		CSVFormat format = CSVFormat.RFC4180.builder()
			.setDelimiter(delimiter(text))
			.setIgnoreSurroundingSpaces(true)
			.setIgnoreEmptyLines(true)
			.get();
		List<String> header = null;
		List<Line> lines = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			for (CSVRecord record : parser) {
				if (header == null) {
					header = record.stream().map(ImportTable::columnName).toList();
					continue;
				}
				Map<String, String> values = new HashMap<>();
				for (int i = 0; i < Math.min(header.size(), record.size()); i++) {
					put(values, header.get(i), record.get(i));
				}
				add(lines, new Line((int) record.getRecordNumber(), values));
			}
		}
		catch (IOException | IllegalStateException | UncheckedIOException unreadable) {
			throw new UnreadableFile("city.import.error.unreadable");
		}
		return new ImportTable(header == null ? List.of() : header, lines);
	}

	/**
	 * Excel writes a semicolon where the comma is the decimal separator: the header row
	 * tells.
	 */
	private static char delimiter(String text) {
		int end = text.indexOf('\n');
		String first = end < 0 ? text : text.substring(0, end);
		long semicolons = first.chars().filter(c -> c == ';').count();
		long commas = first.chars().filter(c -> c == ',').count();
		return semicolons > commas ? ';' : ',';
	}

	private static ImportTable xlsx(byte[] content) {
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter formatter = new DataFormatter(Locale.ROOT);
			FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
			List<String> header = null;
			List<Line> lines = new ArrayList<>();
			for (Row row : sheet) {
				if (header == null) {
					List<String> names = new ArrayList<>();
					for (int i = 0; i < row.getLastCellNum(); i++) {
						names.add(columnName(text(row.getCell(i), formatter, evaluator)));
					}
					header = names;
					continue;
				}
				Map<String, String> values = new LinkedHashMap<>();
				for (int i = 0; i < header.size(); i++) {
					put(values, header.get(i), text(row.getCell(i), formatter, evaluator));
				}
				add(lines, new Line(row.getRowNum() + 1, values));
			}
			return new ImportTable(header == null ? List.of() : header, lines);
		}
		catch (IOException | RuntimeException unreadable) {
			throw new UnreadableFile("city.import.error.unreadable");
		}
	}

	/**
	 * A cell as the person typed it: a date as 2016-09-28, a number without a thousands
	 * separator.
	 */
	private static String text(Cell cell, DataFormatter formatter, FormulaEvaluator evaluator) {
		if (cell == null) {
			return "";
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		if (type == CellType.NUMERIC) {
			if (DateUtil.isCellDateFormatted(cell)) {
				return cell.getLocalDateTimeCellValue().toLocalDate().toString();
			}
			return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
		}
		return formatter.formatCellValue(cell, evaluator);
	}

	private static void put(Map<String, String> values, String column, String value) {
		String clean = value.strip();
		if (!column.isEmpty() && !clean.isEmpty()) {
			values.put(column, clean);
		}
	}

	private static void add(List<Line> lines, Line line) {
		if (line.values().isEmpty()) {
			return;
		}
		if (lines.size() == MOST_ROWS) {
			throw new UnreadableFile("city.import.error.tooManyRows", MOST_ROWS);
		}
		lines.add(line);
	}

	/** "Country Code" and "country_code" name the same column. */
	static String columnName(String text) {
		return text.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
	}

}
