package org.unesco.gnlc.conference;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import org.unesco.gnlc.shared.files.FileKind;
import org.unesco.gnlc.shared.files.UploadedFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Attachments are judged by their content, not their name, and their names are cleaned.
 */
class AttachmentInspectorTests {

	private static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj <<>> endobj\n%%EOF\n"
		.getBytes(StandardCharsets.ISO_8859_1);

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H',
			'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0 };

	private final AttachmentInspector inspector = new AttachmentInspector(new UploadedFiles(), 1024 * 1024);

	@Test
	void aPdfIsAcceptedWhateverItsNameClaims() {
		assertThat(inspector.inspect("statement.docx", PDF))
			.isEqualTo(new AttachmentInspector.Inspected("statement.pdf", AttachmentInspector.PDF));
	}

	@Test
	void aWordDocumentIsAcceptedAndAnyOtherZipIsNot() throws Exception {
		assertThat(inspector.inspect("guide", wordDocument()).mediaType()).isEqualTo(AttachmentInspector.DOCX);
		assertThat(inspector.inspect("guide", wordDocument()).fileName()).isEqualTo("guide.docx");
		assertThatThrownBy(() -> inspector.inspect("archive.docx", zip())).isInstanceOf(EditRejected.class)
			.satisfies(rejected -> assertThat(((EditRejected) rejected).problems().get(0).messageKey())
				.isEqualTo("conference.error.fileType"));
	}

	@Test
	void imagesAreAccepted() {
		assertThat(inspector.inspect("photo.PNG", PNG))
			.isEqualTo(new AttachmentInspector.Inspected("photo.png", "image/png"));
	}

	@Test
	void htmlOrTextPretendingToBeAPdfIsRefused() {
		assertThatThrownBy(() -> inspector.inspect("statement.pdf",
				"<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(EditRejected.class);
		assertThatThrownBy(() -> inspector.inspect("notes.pdf", "just words".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(EditRejected.class);
	}

	@Test
	void emptyAndOversizedFilesAreRefused() {
		assertThatThrownBy(() -> inspector.inspect("empty.pdf", new byte[0])).isInstanceOf(EditRejected.class)
			.satisfies(rejected -> assertThat(((EditRejected) rejected).problems().get(0).messageKey())
				.isEqualTo("conference.error.fileEmpty"));
		byte[] large = new byte[1024 * 1024 + 1];
		System.arraycopy(PDF, 0, large, 0, PDF.length);
		assertThatThrownBy(() -> inspector.inspect("large.pdf", large))
			.satisfies(rejected -> assertThat(((EditRejected) rejected).problems().get(0).messageKey())
				.isEqualTo("conference.error.fileTooLarge"));
	}

	@Test
	void fileNamesLoseTheirPathsControlsAndDirectionTricks() {
		assertThat(UploadedFiles.cleanName("..\\..\\Mexico\r\nStatement.PDF", FileKind.PDF))
			.isEqualTo("Mexico Statement.pdf");
		assertThat(UploadedFiles.cleanName("/etc/passwd", FileKind.PDF)).isEqualTo("passwd.pdf");
		assertThat(UploadedFiles.cleanName("invoice\u202Efdp.exe", FileKind.PDF)).isEqualTo("invoicefdp.exe.pdf");
		assertThat(UploadedFiles.cleanName("\"quoted\";name.pdf", FileKind.PDF)).isEqualTo("quotedname.pdf");
		assertThat(UploadedFiles.cleanName("...", FileKind.PDF)).isEqualTo("document.pdf");
		assertThat(UploadedFiles.cleanName(null, FileKind.JPEG)).isEqualTo("document.jpg");
		assertThat(UploadedFiles.cleanName("Déclaration de Yeonsu.pdf", FileKind.PDF))
			.isEqualTo("Déclaration de Yeonsu.pdf");
		assertThat(UploadedFiles.cleanName("x".repeat(300) + ".pdf", FileKind.PDF)).hasSize(120);
	}

	private static byte[] wordDocument() throws Exception {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText("Guide to action");
			document.write(out);
			return out.toByteArray();
		}
	}

	private static byte[] zip() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("readme.txt"));
			zip.write("not a document".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return out.toByteArray();
	}

}
