package ru.gramota.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import ru.gramota.web.ui.CardPdf.Row;

class CardPdfTest {

    @Test
    void russianTextIsPrintedInTheEmbeddedFont() throws IOException {
        try (PDDocument pdf = print(List.of(new Row("Краткое содержание", "О ремонте дороги Северный – Лесное № 5")))) {
            String text = new PDFTextStripper().getText(pdf);

            assertTrue(text.contains("Регистрационно-контрольная карточка"), text);
            assertTrue(text.contains("О ремонте дороги Северный – Лесное № 5"), text);
            PDFont font = pdf.getPage(0)
                    .getResources()
                    .getFont(pdf.getPage(0)
                            .getResources()
                            .getFontNames()
                            .iterator()
                            .next());
            assertTrue(font.isEmbedded(), "the font travels with the file");
        }
    }

    @Test
    void aLongSummaryWrapsOntoFurtherPagesWithEveryWordKept() throws IOException {
        String summary = "слово ".repeat(1500).strip();

        try (PDDocument pdf = print(List.of(new Row("Краткое содержание", summary)))) {
            String text = new PDFTextStripper().getText(pdf);

            assertTrue(pdf.getNumberOfPages() > 1, "more than a page of text goes on");
            assertEquals(1500, text.split("слово", -1).length - 1);
        }
    }

    @Test
    void whatTheFontCannotShowIsPrintedAsAQuestionMarkInsteadOfFailing() throws IOException {
        try (PDDocument pdf = print(List.of(new Row("Краткое содержание", "Письмо\tс табуляцией 😀 и эмодзи")))) {
            String text = new PDFTextStripper().getText(pdf);

            assertTrue(text.contains("Письмо с табуляцией ? и эмодзи"), text);
        }
    }

    @Test
    void rowsWithoutAValueAreLeftOut() throws IOException {
        try (PDDocument pdf = print(List.of(new Row("Исполнитель", null), new Row("Листов", "3")))) {
            String text = new PDFTextStripper().getText(pdf);

            assertTrue(text.contains("Листов"), text);
            assertTrue(!text.contains("Исполнитель"), text);
        }
    }

    private static PDDocument print(List<Row> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CardPdf.write(List.of("Регистрационно-контрольная карточка", "Администрация района"), rows, out);
        return Loader.loadPDF(out.toByteArray());
    }
}
