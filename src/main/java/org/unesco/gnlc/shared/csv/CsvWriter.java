package org.unesco.gnlc.shared.csv;

import java.io.Flushable;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * Every CSV file of the portal, written the same way for spreadsheet programs: UTF-8 with
 * a byte order mark (so that accents read right), RFC 4180 by Apache Commons CSV (CRLF
 * line ends, quotes where a cell needs them), and the one rule against spreadsheet
 * formulas: a text whose first character would start a formula ({@code = + - @}, a tab or
 * a carriage return) gets a leading apostrophe, so that data typed into the portal never
 * runs on a reader's computer. Numbers are written as numbers (a decimal without trailing
 * zeros); null is an empty cell.
 *
 * <pre>
 * byte[] file = CsvWriter.toBytes(rows);                  // a small table, in memory
 * CsvWriter csv = CsvWriter.startOn(response.getWriter()); // or streamed, row by row
 * csv.row("Name", "Country");
 * csv.row(city.name(), city.countryName());
 * csv.flush();
 * </pre>
 */
public final class CsvWriter implements Flushable {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180;

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	private static final String FORMULA_STARTS = "=+-@\t\r";

	private final CSVPrinter printer;

	private CsvWriter(Appendable out) {
		try {
			out.append(BYTE_ORDER_MARK);
			this.printer = new CSVPrinter(out, FORMAT);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Starts a CSV file on this output: writes the byte order mark. */
	public static CsvWriter startOn(Appendable out) {
		return new CsvWriter(out);
	}

	/** A whole table as a UTF-8 CSV file, the first row its header. */
	public static byte[] toBytes(Iterable<? extends Iterable<?>> rows) {
		StringWriter out = new StringWriter();
		CsvWriter csv = startOn(out);
		rows.forEach(csv::row);
		csv.flush();
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	public CsvWriter row(@Nullable Object... cells) {
		return row(Arrays.asList(cells));
	}

	public CsvWriter row(Iterable<?> cells) {
		List<String> line = new ArrayList<>();
		cells.forEach(cell -> line.add(cell(cell)));
		try {
			printer.printRecord(line);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return this;
	}

	@Override
	public void flush() {
		try {
			printer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** What a value is written as, before quoting. */
	static String cell(@Nullable Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.stripTrailingZeros().toPlainString();
		}
		if (value instanceof Number number) {
			return number.toString();
		}
		return defused(value.toString());
	}

	/**
	 * The one rule against formula injection (OWASP "CSV Injection"): a text a
	 * spreadsheet would read as a formula starts with an apostrophe, which the
	 * spreadsheet shows as text.
	 */
	public static String defused(String text) {
		return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
	}

}
