package org.unesco.gnlc.city;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.unesco.gnlc.shared.web.Attachments;
import org.unesco.gnlc.shared.csv.CsvWriter;
import org.unesco.gnlc.shared.files.FileKind;

/**
 * The templates of each kind of file: the header row and one example, as CSV and as XLSX.
 */
final class ImportTemplates {

	private ImportTemplates() {
	}

	static ResponseEntity<byte[]> csv(ImportKind kind) {
		return download(kind, FileKind.CSV, CsvWriter.toBytes(List.of(kind.columns(), kind.example())));
	}

	static ResponseEntity<byte[]> xlsx(ImportKind kind) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(kind.templateName());
			XSSFCellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row header = sheet.createRow(0);
			Row example = sheet.createRow(1);
			for (int i = 0; i < kind.columns().size(); i++) {
				header.createCell(i).setCellValue(kind.columns().get(i));
				header.getCell(i).setCellStyle(bold);
				// Every value as text, so that Excel keeps 2016 a year and a leading zero
				// its own.
				example.createCell(i).setCellValue(kind.example().get(i));
				sheet.setColumnWidth(i, 20 * 256);
			}
			sheet.createFreezePane(0, 1);
			workbook.write(out);
			return download(kind, FileKind.XLSX, out.toByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static ResponseEntity<byte[]> download(ImportKind kind, FileKind type, byte[] content) {
		MediaType mediaType = type == FileKind.CSV ? new MediaType("text", "csv", StandardCharsets.UTF_8)
				: MediaType.parseMediaType(type.mediaType());
		return Attachments.of(content, mediaType, kind.templateName() + "." + type.extension());
	}

}
