package org.unesco.gnlc.city;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.unesco.gnlc.city.ImportRowChecks.Checked;
import org.unesco.gnlc.city.ImportRowChecks.CityRow;
import org.unesco.gnlc.city.ImportRowChecks.RowError;
import org.unesco.gnlc.shared.files.CheckedFile;
import org.unesco.gnlc.shared.files.FileKind;
import org.unesco.gnlc.shared.web.Language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A file of the existing network is read by Commons CSV or POI whatever Excel did to it,
 * and each row is checked on its own, every problem a reason with its line and column.
 */
class ImportReadingTests {

	static final String HEADER = "city,country_code,member_since,population,population_year,area_km2,website,"
			+ "official_name,official_email,official_language\n";

	static final Set<String> COUNTRIES = Set.of("PT", "PY", "GN", "DK", "KE");

	static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

	@Test
	void aCsvWithAByteOrderMarkAndSemicolonsKeepsItsAccentsAndScripts() {
		String text = "\uFEFFCity;Country Code;Member since;Population\n" + "Câmara de Lobos;PT;2016;35666\n"
				+ "\"N'Zérékoré\";gn;2019-04-01;195027\n" + ";;;\n" + "Sønderborg;DK;2022;\"74 000\"\n";
		ImportTable table = ImportTable.read(csv(text), ImportKind.MEMBER_CITIES);

		assertThat(table.lines()).extracting(ImportTable.Line::number).containsExactly(2, 3, 5);
		assertThat(table.lines()).extracting(line -> line.value("city"))
			.containsExactly("Câmara de Lobos", "N'Zérékoré", "Sønderborg");
		CityRow guinea = ImportRowChecks.city(table.lines().get(1), COUNTRIES, TODAY).row();
		assertThat(guinea.countryCode()).isEqualTo("GN");
		assertThat(guinea.memberSince()).isEqualTo(LocalDate.of(2019, 4, 1));
		assertThat(ImportRowChecks.city(table.lines().get(2), COUNTRIES, TODAY).row().population()).isEqualTo(74000);
	}

	@Test
	void anXlsxIsReadFromItsFirstSheetWithDatesAndNumbersAsTyped() throws IOException {
		ImportTable table = ImportTable.read(xlsx(), ImportKind.MEMBER_CITIES);

		CityRow ybycui = ImportRowChecks.city(table.lines().get(0), COUNTRIES, TODAY).row();
		assertThat(ybycui.name()).isEqualTo("Ybycuí");
		assertThat(ybycui.memberSince()).isEqualTo(LocalDate.of(2015, 9, 28));
		assertThat(ybycui.yearOnly()).isFalse();
		assertThat(ybycui.population()).isEqualTo(29000);
		assertThat(ybycui.areaKm2()).isEqualByComparingTo(new BigDecimal("52.15"));
		assertThat(ybycui.official().language()).isEqualTo(Language.SPANISH);
	}

	@Test
	void aFileWithoutTheColumnsItNeedsIsRefusedAsAWhole() {
		assertThatThrownBy(() -> ImportTable.read(csv("town,country\nMelton,AU\n"), ImportKind.MEMBER_CITIES))
			.isInstanceOf(ImportTable.UnreadableFile.class)
			.hasMessageContaining("city.import.error.missingColumns");
		assertThatThrownBy(() -> ImportTable.read(csv(HEADER), ImportKind.MEMBER_CITIES))
			.hasMessageContaining("city.import.error.noRows");
	}

	@Test
	void aFileInAnotherEncodingThanUtf8IsRefusedWithAdviceOnSavingIt() {
		byte[] latin1 = (HEADER + "Ybycuí,PY,2015\n").getBytes(StandardCharsets.ISO_8859_1);
		assertThatThrownBy(
				() -> ImportTable.read(CheckedFile.of("m.csv", FileKind.CSV, latin1), ImportKind.MEMBER_CITIES))
			.hasMessageContaining("city.import.error.notUtf8");
	}

	@Test
	void aFileOfMoreThanFiveThousandRowsIsRefused() {
		StringBuilder text = new StringBuilder(HEADER);
		for (int i = 0; i <= ImportTable.MOST_ROWS; i++) {
			text.append("City ").append(i).append(",KE,2020\n");
		}
		assertThatThrownBy(() -> ImportTable.read(csv(text.toString()), ImportKind.MEMBER_CITIES))
			.hasMessageContaining("city.import.error.tooManyRows");
	}

	@Test
	void aFigureOutsideTheRangeTheProfileAllowsIsRefusedWithTheRange() {
		String text = HEADER + "Lagos,DK,2016,150000000\n" + "Kolding,DK,2016,,,12000000\n";
		ImportTable table = ImportTable.read(csv(text), ImportKind.MEMBER_CITIES);

		List<RowError> errors = table.lines()
			.stream()
			.map(line -> ImportRowChecks.city(line, COUNTRIES, TODAY).errors().get(0))
			.toList();

		assertThat(errors).extracting(RowError::messageArguments)
			.containsExactly(new Object[] { "population", "150000000", "1", "100000000" },
					new Object[] { "area_km2", "12000000", "0.01", "10000000" });
		assertThat(errors).extracting(RowError::messageKey).containsOnly("city.import.error.outOfRange");
	}

	@Test
	void tenKindsOfErrorsAreEachReportedOnTheirLineAndColumn() {
		String text = HEADER + "Ybycuí,XX,2015\n" // 2 unknown country
				+ "Espoo,DK,2031\n" // 3 a year in the future
				+ "Cork,DK,2016,,,,ftp://cork.example\n" // 4 a website that is not http
															// or https
				+ "Melton,DK,2016,,,,,Ana,ana@@example\n" // 5 an invalid e-mail
				+ "Swansea,DK,2016,many\n" // 6 a population that is not a number
				+ ",DK,2016\n" // 7 no city
				+ "Amman,DK,last year\n" // 8 neither a year nor a date
				+ "Balanga,DK,2016,1000,20x4\n" // 9 a year of figures that is not a year
				+ "Bahir Dar,DK,2016,,,-3\n" // 10 an area below zero
				+ "Namyangju,DK,2016,,,,,Kim,kim@example.org,ko\n"; // 11 a language the
																	// portal lacks
		ImportTable table = ImportTable.read(csv(text), ImportKind.MEMBER_CITIES);

		List<Checked<CityRow>> checked = table.lines()
			.stream()
			.map(line -> ImportRowChecks.city(line, COUNTRIES, TODAY))
			.toList();

		assertThat(checked).allSatisfy(row -> assertThat(row.row()).isNull());
		assertThat(checked).extracting(Checked::line).containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
		assertThat(checked).extracting(row -> row.errors().get(0))
			.extracting(RowError::column, RowError::messageKey)
			.containsExactly(tuple("country_code", "city.import.error.unknownCountry"),
					tuple("member_since", "city.import.error.future"), tuple("website", "city.import.error.website"),
					tuple("official_email", "city.import.error.email"),
					tuple("population", "city.import.error.notANumber"), tuple("city", "city.import.error.required"),
					tuple("member_since", "city.import.error.notAYearOrDate"),
					tuple("population_year", "city.import.error.notAYear"),
					tuple("area_km2", "city.import.error.notPositive"),
					tuple("official_language", "city.import.error.language"));
		assertThat(checked.get(0).errors().get(0).messageArguments()).containsExactly("country_code", "XX");
	}

	@Test
	void aRowWithSeveralProblemsReportsEachInTheOrderOfItsColumns() {
		ImportTable table = ImportTable.read(csv(HEADER + "Espoo,FI,2016-13-01,12.5.6,,,www.espoo.fi\n"),
				ImportKind.MEMBER_CITIES);

		assertThat(ImportRowChecks.city(table.lines().get(0), COUNTRIES, TODAY).errors()).extracting(RowError::column)
			.containsExactly("country_code", "member_since", "population", "website");
	}

	@Test
	void blankOptionalValuesAreLeftOutSoThatAnImportNeverErases() {
		ImportTable table = ImportTable.read(csv(HEADER + "Melton,KE,2016\n"), ImportKind.MEMBER_CITIES);

		CityRow melton = ImportRowChecks.city(table.lines().get(0), COUNTRIES, TODAY).row();
		assertThat(melton.yearOnly()).isTrue();
		assertThat(melton.population()).isNull();
		assertThat(melton.website()).isNull();
		assertThat(melton.official()).isNull();
	}

	@Test
	void aContactOfANationalCommissionNeedsACountryANameAndAnAddress() {
		ImportTable table = ImportTable.read(
				csv("country_code,name,email,language\nDK,Søren Jensen,Soren.Jensen@Example.org,\nZZ,,nobody,de\n"),
				ImportKind.NATCOM_CONTACTS);

		assertThat(ImportRowChecks.contact(table.lines().get(0), COUNTRIES).row().contact())
			.isEqualTo(new ImportRowChecks.Person("Søren Jensen", "soren.jensen@example.org", Language.ENGLISH));
		assertThat(ImportRowChecks.contact(table.lines().get(1), COUNTRIES).errors()).extracting(RowError::messageKey)
			.containsExactly("city.import.error.unknownCountry", "city.import.error.required",
					"city.import.error.email", "city.import.error.language");
	}

	static CheckedFile csv(String text) {
		return CheckedFile.of("members.csv", FileKind.CSV, text.getBytes(StandardCharsets.UTF_8));
	}

	static CheckedFile xlsx() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Members");
			Row header = sheet.createRow(0);
			String[] names = HEADER.strip().split(",");
			for (int i = 0; i < names.length; i++) {
				header.createCell(i).setCellValue(names[i]);
			}
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("d/m/yy"));
			Row ybycui = sheet.createRow(1);
			ybycui.createCell(0).setCellValue("Ybycuí");
			ybycui.createCell(1).setCellValue("PY");
			ybycui.createCell(2).setCellValue(LocalDate.of(2015, 9, 28));
			ybycui.getCell(2).setCellStyle(date);
			ybycui.createCell(3).setCellValue(29000);
			ybycui.createCell(4).setCellValue(2022);
			ybycui.createCell(5).setCellValue(52.15);
			ybycui.createCell(7).setCellValue("Rosa Benítez");
			ybycui.createCell(8).setCellValue("rosa@ybycui.example.org");
			ybycui.createCell(9).setCellValue("ES");
			workbook.write(out);
			return CheckedFile.of("members.xlsx", FileKind.XLSX, out.toByteArray());
		}
	}

}
