package ru.gramota.files;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.FileImageOutputStream;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileAnalysisTest {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String ODT = "application/vnd.oasis.opendocument.text";
    private static final String LETTER = "Договор поставки № 12 от 1 марта 2026 года.\nГород Энск.\n";

    /** One instance for all tests, as in the application. */
    private static final FileAnalysis ANALYSIS = new FileAnalysis();

    @TempDir
    Path dir;

    @Test
    void aPdfHasItsTypeItsPagesAndItsText() throws IOException {
        Path pdf = pdf("contract.pdf", 3);

        Analysis analysis = ANALYSIS.analyse(pdf, "contract.pdf");

        assertEquals("application/pdf", analysis.mediaType());
        assertEquals(3, analysis.pages());
        assertEquals(TextStatus.EXTRACTED, analysis.textStatus());
        assertTrue(analysis.text().contains("Supply contract, page 1"), analysis.text());
        assertTrue(analysis.text().contains("Supply contract, page 3"), analysis.text());
    }

    @Test
    void theContentDecidesTheTypeWhateverTheName() throws IOException {
        Path pdf = pdf("scan.txt", 1);

        assertEquals("application/pdf", ANALYSIS.analyse(pdf, "scan.txt").mediaType());
        assertEquals("application/pdf", ANALYSIS.analyse(pdf, null).mediaType());
    }

    @Test
    void randomBytesNamedAsADocumentAreOfNoTypeAndTheirNameDisagrees() throws IOException {
        byte[] noise = new byte[4096];
        new Random(11).nextBytes(noise);
        Path file = dir.resolve("noise.docx");
        Files.write(file, noise);

        Analysis analysis = ANALYSIS.analyse(file, "отчёт.docx");

        assertEquals("application/octet-stream", analysis.mediaType());
        assertFalse(ANALYSIS.nameAgrees("отчёт.docx", analysis.mediaType()));
    }

    @Test
    void aNameAgreesWithTheContentOfItsTypeOrAKindOfIt() throws IOException {
        String docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

        assertTrue(ANALYSIS.nameAgrees("скан.pdf", "application/pdf"));
        assertTrue(ANALYSIS.nameAgrees("договор.DOCX", docx));
        assertTrue(ANALYSIS.nameAgrees("письмо.txt", "text/plain"));
        assertTrue(ANALYSIS.nameAgrees("письмо.txt", "application/xml"));
        assertTrue(ANALYSIS.nameAgrees("скан", "application/pdf"));
        assertFalse(ANALYSIS.nameAgrees("скан.docx", "application/pdf"));
        assertFalse(ANALYSIS.nameAgrees("скан.pdf", "text/plain"));
        assertFalse(ANALYSIS.nameAgrees("договор.odt", docx));
    }

    @Test
    void aDocxHasItsTypeAndItsRussianText() throws IOException {
        Path docx = dir.resolve("договор.docx");
        try (XWPFDocument document = new XWPFDocument();
                OutputStream out = Files.newOutputStream(docx)) {
            document.createParagraph().createRun().setText("Договор поставки");
            document.getProperties().getExtendedProperties().setPages(2);
            document.write(out);
        }

        Analysis analysis = ANALYSIS.analyse(docx, "договор.docx");

        assertEquals(DOCX, analysis.mediaType());
        assertEquals(TextStatus.EXTRACTED, analysis.textStatus());
        assertTrue(analysis.text().contains("Договор поставки"), analysis.text());
        assertEquals(2, analysis.pages());
    }

    @Test
    void anOdtHasItsTypeItsPagesAndItsText() throws IOException {
        Path odt = odt("акт.odt", "Акт приёма-передачи", 2);

        Analysis analysis = ANALYSIS.analyse(odt, "акт.odt");

        assertEquals(ODT, analysis.mediaType());
        assertEquals(2, analysis.pages());
        assertEquals(TextStatus.EXTRACTED, analysis.textStatus());
        assertEquals("Акт приёма-передачи", analysis.text());
    }

    @Test
    void aUtf8TextFileHasItsRussianText() throws IOException {
        Path txt = write("письмо.txt", LETTER);

        Analysis analysis = ANALYSIS.analyse(txt, "письмо.txt");

        assertEquals("text/plain", analysis.mediaType());
        assertNull(analysis.pages());
        assertEquals(TextStatus.EXTRACTED, analysis.textStatus());
        assertEquals(LETTER.strip(), analysis.text());
    }

    @Test
    void anXmlFileIsXml() throws IOException {
        Path xml = write(
                "letter.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<письмо><тема>Договор поставки</тема></письмо>");

        Analysis analysis = ANALYSIS.analyse(xml, "letter.xml");

        assertEquals("application/xml", analysis.mediaType());
        assertEquals("Договор поставки", analysis.text());
    }

    @Test
    void theTextIsStrippedAndRunsOfBlankLinesAreCollapsed() throws IOException {
        Path txt = write("notes.txt", "\n\n   Первая строка   \n\n\n  \t\n\nВторая строка\r\n\r\n\r\n");

        assertEquals(
                "Первая строка\n\nВторая строка",
                ANALYSIS.analyse(txt, "notes.txt").text());
    }

    @Test
    void aMultiPageTiffHasItsPagesAndNoText() throws IOException {
        Path tiff = dir.resolve("scan.tif");
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        try (ImageOutputStream out = new FileImageOutputStream(tiff.toFile())) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (int page = 0; page < 2; page++) {
                writer.writeToSequence(
                        new IIOImage(new BufferedImage(40, 20, BufferedImage.TYPE_BYTE_GRAY), null, null), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }

        Analysis analysis = ANALYSIS.analyse(tiff, "scan.tif");

        assertEquals("image/tiff", analysis.mediaType());
        assertEquals(2, analysis.pages());
        assertEquals(TextStatus.NONE, analysis.textStatus());
        assertNull(analysis.text());
    }

    @Test
    void aCorruptPdfFailsWithoutAnException() throws IOException {
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        Path pdf = dir.resolve("broken.pdf");
        Files.write(pdf, "%PDF-1.7\n".getBytes(UTF_8));
        Files.write(pdf, garbage, StandardOpenOption.APPEND);

        Analysis analysis = ANALYSIS.analyse(pdf, "broken.pdf");

        assertEquals("application/pdf", analysis.mediaType());
        assertEquals(TextStatus.FAILED, analysis.textStatus());
        assertNull(analysis.text());
        assertNull(analysis.pages());
    }

    @Test
    void anEncryptedPdfFailsWithoutAnException() throws IOException {
        Path pdf = dir.resolve("secret.pdf");
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(pdf.toFile());
        }

        Analysis analysis = ANALYSIS.analyse(pdf, "secret.pdf");

        assertEquals("application/pdf", analysis.mediaType());
        assertEquals(TextStatus.FAILED, analysis.textStatus());
        assertNull(analysis.text());
    }

    @Test
    void textBeyondTheWriteLimitIsCutOff() throws IOException {
        Path txt = write("письмо.txt", LETTER);

        Analysis analysis = new FileAnalysis(20, FileAnalysis.DEFAULT_MAX_EXTRACT_BYTES).analyse(txt, "письмо.txt");

        assertEquals(TextStatus.TRUNCATED, analysis.textStatus());
        assertTrue(analysis.text().length() <= 20, analysis.text());
        assertTrue(LETTER.startsWith(analysis.text()), analysis.text());
    }

    @Test
    void aFileOverTheSizeLimitIsNotReadForText() throws IOException {
        Path txt = write("письмо.txt", LETTER);

        Analysis analysis = new FileAnalysis(FileAnalysis.DEFAULT_WRITE_LIMIT, 10).analyse(txt, "письмо.txt");

        assertEquals("text/plain", analysis.mediaType());
        assertEquals(TextStatus.SKIPPED_TOO_LARGE, analysis.textStatus());
        assertNull(analysis.text());
    }

    @Test
    void anEmptyFileHasNoText() throws IOException {
        Path empty = write("empty.txt", "");

        Analysis analysis = ANALYSIS.analyse(empty, "empty.txt");

        assertEquals(TextStatus.NONE, analysis.textStatus());
        assertNull(analysis.text());
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, UTF_8);
    }

    /** A PDF of {@code pages} pages, each saying "Supply contract, page N" in Helvetica. */
    private Path pdf(String name, int pages) throws IOException {
        Path file = dir.resolve(name);
        try (PDDocument document = new PDDocument()) {
            PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int number = 1; number <= pages; number++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(helvetica, 12);
                    content.newLineAtOffset(72, 700);
                    content.showText("Supply contract, page " + number);
                    content.endText();
                }
            }
            document.save(file.toFile());
        }
        return file;
    }

    /** A minimal OpenDocument text: one paragraph, and the page count a word processor would record. */
    private Path odt(String name, String paragraph, int pages) throws IOException {
        Path file = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            byte[] mimetype = ODT.getBytes(UTF_8);
            ZipEntry entry = new ZipEntry("mimetype");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(mimetype);
            zip.closeEntry();
            add(zip, "META-INF/manifest.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
                     <manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>
                     <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                     <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
                    </manifest:manifest>
                    """.formatted(ODT));
            add(zip, "content.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
                    xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
                     <office:body><office:text><text:p>%s</text:p></office:text></office:body>
                    </office:document-content>
                    """.formatted(paragraph));
            add(zip, "meta.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
                    xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.2">
                     <office:meta><meta:document-statistic meta:page-count="%d" meta:paragraph-count="1"/></office:meta>
                    </office:document-meta>
                    """.formatted(pages));
        }
        return file;
    }

    private static void add(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(UTF_8));
        zip.closeEntry();
    }
}
