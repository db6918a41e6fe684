package org.unesco.gnlc.shared.csv;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvWriterTests {

	private static String csv(List<?>... rows) {
		return new String(CsvWriter.toBytes(Arrays.asList(rows)), StandardCharsets.UTF_8);
	}

	@Test
	void aFileStartsWithAByteOrderMarkAndEndsEachLineWithCrLf() {
		assertThat(csv(List.of("Name", "Country"), List.of("Ybycuí", "Paraguay")))
			.isEqualTo("\uFEFFName,Country\r\nYbycuí,Paraguay\r\n");
	}

	@Test
	void cellsAreQuotedAsRfc4180AsksOnlyWhereNeeded() {
		assertThat(csv(List.of("Plain", "Seoul, Korea", "say \"hi\"", "two\nlines")))
			.isEqualTo("\uFEFFPlain,\"Seoul, Korea\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n");
	}

	@Test
	void everyTextThatASpreadsheetWouldRunAsAFormulaIsDefused() {
		assertThat(List.of("=1+2", "+1", "-1", "@sum", "\tTab", "\rReturn")).map(CsvWriter::defused)
			.containsExactly("'=1+2", "'+1", "'-1", "'@sum", "'\tTab", "'\rReturn");
		assertThat(csv(List.of("=HYPERLINK(\"http://evil.example\",\"x\")", "Plain -1")))
			.isEqualTo("\uFEFF\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",Plain -1\r\n");
	}

	@Test
	void numbersAreWrittenAsNumbersAndNothingAsAnEmptyCell() {
		assertThat(csv(Arrays.asList("City", 23094L, 2015, new BigDecimal("122.500"), new BigDecimal("1E+3"), null,
				LocalDate.of(2015, 9, 28))))
			.isEqualTo("\uFEFFCity,23094,2015,122.5,1000,,2015-09-28\r\n");
	}

	@Test
	void aFileIsStreamedRowByRowOnAWriter() {
		StringWriter out = new StringWriter();
		CsvWriter csv = CsvWriter.startOn(out);
		csv.row("Year", "Recipients").row(2015, 12);
		csv.flush();
		assertThat(out).hasToString("\uFEFFYear,Recipients\r\n2015,12\r\n");
	}

	@Test
	void cellsAParserCouldMisreadAreQuotedToo() {
		// Commons CSV also quotes a cell starting with a space, ! or # and one ending in
		// white
		// space: the same text when read back.
		assertThat(csv(List.of("#1", " padded", "end ", "x"))).isEqualTo("\uFEFF\"#1\",\" padded\",\"end \",x\r\n");
	}

}
