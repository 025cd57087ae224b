package ru.gramota.web.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A printed page in PDF: a heading and rows of a label and its value, values wrapped to the column
 * and pages added as needed. The font is Liberation Sans from PDFBox's own jar, embedded, so Russian
 * text prints the same on any server, whatever fonts it has.
 */
final class CardPdf {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float MARGIN = 50;
    private static final float LABEL_WIDTH = 150;
    private static final float SIZE = 10.5f;
    private static final float HEADING_SIZE = 14;
    private static final float LEADING = 14;

    /** A row of the card: what it is and what the card says. */
    record Row(String label, String value) {}

    private final PDDocument document = new PDDocument();
    private final PDType0Font font;
    private PDPageContentStream page;
    private float y;

    private CardPdf(String title) throws IOException {
        try (InputStream bytes = PDDocument.class.getResourceAsStream(FONT)) {
            font = PDType0Font.load(document, bytes, true);
        }
        PDDocumentInformation information = new PDDocumentInformation();
        information.setTitle(title);
        information.setCreator("Грамота");
        document.setDocumentInformation(information);
    }

    /** Writes a PDF of the heading lines and the rows (rows with no value are left out). */
    static void write(List<String> heading, List<Row> rows, OutputStream out) throws IOException {
        CardPdf pdf = new CardPdf(heading.get(0));
        try (PDDocument document = pdf.document) {
            pdf.newPage();
            for (String line : heading) {
                pdf.lines(MARGIN, PDRectangle.A4.getWidth() - 2 * MARGIN, line, HEADING_SIZE);
            }
            pdf.y -= LEADING;
            for (Row row : rows) {
                if (row.value() != null && !row.value().isBlank()) {
                    pdf.row(row);
                }
            }
            pdf.page.close();
            document.save(out);
        }
    }

    private void row(Row row) throws IOException {
        float valueX = MARGIN + LABEL_WIDTH;
        float valueWidth = PDRectangle.A4.getWidth() - MARGIN - valueX;
        List<String> label = wrap(row.label(), LABEL_WIDTH - 10, SIZE);
        List<String> value = wrap(row.value(), valueWidth, SIZE);
        if (y - LEADING * Math.max(label.size(), value.size()) < MARGIN) {
            newPage();
        }
        float top = y;
        show(MARGIN, label, SIZE);
        float afterLabel = y;
        y = top;
        show(valueX, value, SIZE);
        y = Math.min(y, afterLabel) - LEADING / 3;
    }

    private void lines(float x, float width, String text, float size) throws IOException {
        show(x, wrap(text, width, size), size);
    }

    private void show(float x, List<String> lines, float size) throws IOException {
        for (String line : lines) {
            if (y < MARGIN) {
                newPage();
            }
            page.beginText();
            page.setFont(font, size);
            page.newLineAtOffset(x, y);
            page.showText(line);
            page.endText();
            y -= size > SIZE ? LEADING + 4 : LEADING;
        }
    }

    private void newPage() throws IOException {
        if (page != null) {
            page.close();
        }
        PDPage next = new PDPage(PDRectangle.A4);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    /** The text in lines no wider than {@code width}, broken between words (or inside a long one). */
    private List<String> wrap(String text, float width, float size) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : printable(text).split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, size) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                while (width(word, size) > width) {
                    int fits = word.length() - 1;
                    while (fits > 1 && width(word.substring(0, fits), size) > width) {
                        fits--;
                    }
                    lines.add(word.substring(0, fits));
                    word = word.substring(fits);
                }
                line.append(word);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private float width(String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** The text with what the font cannot show replaced: control characters, letters it has no glyph for. */
    private String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.replace("\r\n", "\n").codePoints().forEach(c -> {
            if (c == '\n') {
                out.append('\n');
            } else if (Character.isISOControl(c) || Character.isWhitespace(c)) {
                out.append(' ');
            } else if (hasGlyph(c)) {
                out.appendCodePoint(c);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private boolean hasGlyph(int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
