package ru.gramota.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Attachments: streamed up into the content-addressed blob store and down again, typed from their
 * content, limited in size and type, and refused without leaving a trace. The server runs with a
 * 512 MB heap (arquillian.xml), so the 200 MB test proves the streaming.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FileAttachmentIT {

    private static final Path BLOBS = Path.of(System.getProperty("gramota.it.server.base"), "data", "gramota-blobs");
    private static final long LIMIT = Long.parseLong(System.getProperty("gramota.it.files.max-bytes"));

    @Deployment(name = GramotaDeployment.SHARED)
    static EnterpriseArchive deployment() {
        return GramotaDeployment.shared();
    }

    @Test
    void aScanIsAttachedCountedAndDownloadedUnderItsCyrillicName() throws Exception {
        RegistryDesk desk = new RegistryDesk("{seq}");
        long card = Cards.id(desk.register("Письмо со сканом", null).json());
        byte[] pdf = pdf(3);

        Api.Answer attached = desk.clerk.upload(files(card), "Скан письма № 5.pdf", pdf);

        assertEquals(201, attached.status(), attached.body());
        JsonObject file = attached.json();
        assertEquals("application/pdf", file.getString("mediaType"));
        assertEquals(3, file.getInt("pages"));
        assertEquals(pdf.length, file.getJsonNumber("size").longValue());
        assertEquals(sha256(pdf), file.getString("sha256"));
        HttpResponse<InputStream> download =
                desk.clerk.download(files(card) + "/" + file.getJsonNumber("id").longValue());
        assertEquals(200, download.statusCode());
        assertArrayEquals(pdf, download.body().readAllBytes());
        assertEquals(
                "application/pdf", download.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(
                "attachment; filename=\"____ ______ _ 5.pdf\"; filename*=UTF-8''"
                        + "%D0%A1%D0%BA%D0%B0%D0%BD%20%D0%BF%D0%B8%D1%81%D1%8C%D0%BC%D0%B0%20%E2%84%96%205.pdf",
                download.headers().firstValue("Content-Disposition").orElseThrow());
        JsonObject read = desk.clerk.get("/api/v1/registrations/" + card).json();
        assertEquals(
                "Скан письма № 5.pdf",
                read.getJsonArray("files").getJsonObject(0).getString("fileName"));
        assertTrue(Cards.auditRecords(desk, card).stream()
                .anyMatch(r -> r.asJsonObject().getString("action").equals("ATTACH")));
        Api.Answer journal = desk.admin.get("/api/v1/index-journal?entityType=DOCUMENT_FILE&entityId="
                + file.getJsonNumber("id").longValue());
        assertEquals(1, journal.array().size(), journal.body());
    }

    @Test
    void theTextOfAPlainTextFileIsExtractedForSearch() {
        RegistryDesk desk = new RegistryDesk("{seq}");
        long card = Cards.id(desk.register("Договор", null).json());

        Api.Answer attached = desk.clerk.upload(
                files(card), "Договор.txt", "Договор поставки щебня № 12".getBytes(StandardCharsets.UTF_8));

        assertEquals(201, attached.status(), attached.body());
        assertEquals("text/plain", attached.json().getString("mediaType"));
        assertEquals("EXTRACTED", attached.json().getString("textStatus"));
    }

    @Test
    void identicalContentIsStoredOnce() throws Exception {
        RegistryDesk desk = new RegistryDesk("{seq}");
        long first = Cards.id(desk.register("Первое", null).json());
        long second = Cards.id(desk.register("Второе", null).json());
        byte[] pdf = pdf(1);

        String a = desk.clerk.upload(files(first), "a.pdf", pdf).json().getString("sha256");
        String b = desk.clerk.upload(files(second), "b.pdf", pdf).json().getString("sha256");

        assertEquals(a, b);
        try (Stream<Path> stored = Files.walk(BLOBS)) {
            assertEquals(
                    1, stored.filter(p -> p.getFileName().toString().equals(a)).count());
        }
    }

    @Test
    void anEmptyFileIsRefusedAndNothingIsStored() throws Exception {
        refusedWithoutTrace(400, "a.pdf", new byte[0]);
    }

    @Test
    void aTypeNotAcceptedIsRefusedAndNothingIsStored() throws Exception {
        byte[] program = new byte[4096];
        new Random(7).nextBytes(program);
        program[0] = 'M';
        program[1] = 'Z';
        refusedWithoutTrace(400, "Счёт.exe", program);
    }

    @Test
    void aFileOverTheLimitIsRefusedAndNothingIsStored() throws Exception {
        RegistryDesk desk = new RegistryDesk("{seq}");
        long card = Cards.id(desk.register("Слишком большой", null).json());
        List<Path> before = blobs();

        Api.Answer answer = desk.clerk.upload(files(card), "big.txt", LIMIT + 1, () -> new Filler(LIMIT + 1));

        assertEquals(413, answer.status(), answer.body());
        assertEquals(
                "file", answer.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(before, blobs());
        assertEquals(
                0,
                desk.clerk
                        .get("/api/v1/registrations/" + card)
                        .json()
                        .getJsonArray("files")
                        .size());
    }

    @Test
    void aCancelledCardTakesNoFilesAndAnotherOrganisationDownloadsNone() throws Exception {
        RegistryDesk desk = new RegistryDesk("{seq}");
        RegistryDesk other = new RegistryDesk("{seq}");
        long card = Cards.id(desk.register("Письмо", null).json());
        long file = desk.clerk
                .upload(files(card), "a.pdf", pdf(1))
                .json()
                .getJsonNumber("id")
                .longValue();
        long cancelled = Cards.id(desk.register("Отменённое", null).json());
        desk.clerk.post(
                "/api/v1/registrations/" + cancelled + "/cancellation",
                Json.createObjectBuilder().add("reason", "Ошибка").build());

        assertEquals(409, desk.clerk.upload(files(cancelled), "b.pdf", pdf(2)).status());
        assertEquals(404, other.clerk.download(files(card) + "/" + file).statusCode());
        assertEquals(404, other.clerk.upload(files(card), "c.pdf", pdf(1)).status());
        assertEquals(404, desk.clerk.download(files(cancelled) + "/" + file).statusCode());
    }

    @Test
    void aTwoHundredMegabyteScanGoesUpAndDownThroughA512MegabyteHeap() throws Exception {
        RegistryDesk desk = new RegistryDesk("{seq}");
        long card = Cards.id(desk.register("Большой скан", null).json());
        long size = 200L * 1024 * 1024;
        MessageDigest expected = MessageDigest.getInstance("SHA-256");
        try (InputStream content = new Filler(size)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = content.read(buffer)) > 0; ) {
                expected.update(buffer, 0, n);
            }
        }

        long started = System.nanoTime();
        Api.Answer attached = desk.clerk.upload(files(card), "Скан.txt", size, () -> new Filler(size));
        long uploaded = System.nanoTime();

        assertEquals(201, attached.status(), attached.body());
        assertEquals(
                HexFormat.of().formatHex(expected.digest()), attached.json().getString("sha256"));
        assertEquals("SKIPPED_TOO_LARGE", attached.json().getString("textStatus"));
        HttpResponse<InputStream> download = desk.clerk.download(
                files(card) + "/" + attached.json().getJsonNumber("id").longValue());
        MessageDigest received = MessageDigest.getInstance("SHA-256");
        long length = 0;
        try (InputStream body = download.body()) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = body.read(buffer)) > 0; ) {
                received.update(buffer, 0, n);
                length += n;
            }
        }
        System.out.printf(
                "Attachments: 200 MB up in %d ms, down in %d ms (server heap 512 MB)%n",
                (uploaded - started) / 1_000_000, (System.nanoTime() - uploaded) / 1_000_000);
        assertEquals(size, length);
        assertEquals(attached.json().getString("sha256"), HexFormat.of().formatHex(received.digest()));
    }

    @Test
    void aCutShortFormAnOverlongBoundaryAndContentThatBeliesItsNameAreRefusedAndNothingIsStored() throws Exception {
        RegistryDesk desk = new RegistryDesk("{seq}");
        long card = Cards.id(desk.register("Письмо", null).json());
        List<Path> before = blobs();
        byte[] noise = new byte[8192];
        new Random(7).nextBytes(noise);
        String part = "Content-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nТекст письма";
        String longBoundary = "b".repeat(71);

        List<String> wrong = new ArrayList<>();
        expect(wrong, "FILE_TYPE_NOT_ACCEPTED", desk.clerk.upload(files(card), "Договор.docx", noise));
        expect(wrong, "FILE_NAME_DISAGREES", desk.clerk.upload(files(card), "Договор.docx", pdf(1)));
        expect(
                wrong,
                "FILE_NAME_DISAGREES",
                desk.clerk.upload(files(card), "Скан.pdf", "Просто текст".getBytes(StandardCharsets.UTF_8)));
        expect(
                wrong,
                "FORM_CUT_SHORT",
                desk.clerk.postRaw(files(card), "multipart/form-data; boundary=cut", "--cut\r\n" + part));
        expect(
                wrong,
                "FORM_CUT_SHORT",
                desk.clerk.postRaw(
                        files(card), "multipart/form-data; boundary=cut", "--cut\r\n" + part + "\r\n--cut\r\n"));
        expect(
                wrong,
                "FORM_BOUNDARY_INVALID",
                desk.clerk.postRaw(
                        files(card),
                        "multipart/form-data; boundary=" + longBoundary,
                        "--" + longBoundary + "\r\n" + part + "\r\n--" + longBoundary + "--\r\n"));
        String hugeBoundary = "x".repeat(10_000);
        expect(
                wrong,
                "FORM_BOUNDARY_INVALID",
                desk.clerk.postRaw(
                        files(card),
                        "multipart/form-data; boundary=" + hugeBoundary,
                        "--" + hugeBoundary + "\r\n" + part + "\r\n--" + hugeBoundary + "--\r\n"));

        assertEquals(List.of(), wrong);
        assertEquals(before, blobs(), "nothing in the blob store, staging included");
        assertEquals(
                0,
                desk.clerk
                        .get("/api/v1/registrations/" + card)
                        .json()
                        .getJsonArray("files")
                        .size());
        assertTrue(Cards.auditRecords(desk, card).stream()
                .noneMatch(r -> r.asJsonObject().getString("action").equals("ATTACH")));
        Api.Answer whole = desk.clerk.postRaw(
                files(card), "multipart/form-data; boundary=cut", "--cut\r\n" + part + "\r\n--cut--\r\n");
        assertEquals(201, whole.status(), "the same form with its closing boundary is taken: " + whole.body());
    }

    private static void expect(List<String> wrong, String code, Api.Answer answer) {
        boolean refused = answer.status() == 400
                && answer.contentType().startsWith("application/problem+json")
                && answer.json()
                        .getJsonArray("errors")
                        .getJsonObject(0)
                        .getString("field")
                        .equals("file")
                && answer.json()
                        .getJsonArray("errors")
                        .getJsonObject(0)
                        .getString("code")
                        .equals(code);
        if (!refused) {
            wrong.add(code + ": " + answer.status() + " " + answer.body());
        }
    }

    private static void refusedWithoutTrace(int status, String name, byte[] content) throws Exception {
        RegistryDesk desk = new RegistryDesk("{seq}");
        long card = Cards.id(desk.register("Письмо", null).json());
        List<Path> before = blobs();

        Api.Answer answer = desk.clerk.upload(files(card), name, content);

        assertEquals(status, answer.status(), answer.body());
        assertEquals(
                "file", answer.json().getJsonArray("errors").getJsonObject(0).getString("field"), answer.body());
        assertEquals(before, blobs(), "nothing in the blob store, staging included");
        assertEquals(
                0,
                desk.clerk
                        .get("/api/v1/registrations/" + card)
                        .json()
                        .getJsonArray("files")
                        .size());
        assertTrue(Cards.auditRecords(desk, card).stream()
                .noneMatch(r -> r.asJsonObject().getString("action").equals("ATTACH")));
    }

    private static List<Path> blobs() throws IOException {
        if (!Files.exists(BLOBS)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(BLOBS)) {
            return all.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static String files(long card) {
        return "/api/v1/registrations/" + card + "/files";
    }

    static byte[] pdf(int pages) {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) {
                document.addPage(new PDPage());
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    /** Text of a given length, generated as it is read: Russian lines, never all in memory. */
    private static final class Filler extends InputStream {
        private static final byte[] LINE =
                "Входящее письмо: сканированная копия, страница за страницей.\n".getBytes(StandardCharsets.UTF_8);
        private final long length;
        private long position;

        Filler(long length) {
            this.length = length;
        }

        @Override
        public int read() {
            return position < length ? LINE[(int) (position++ % LINE.length)] & 0xFF : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int count) {
            if (position >= length) {
                return -1;
            }
            int n = (int) Math.min(count, length - position);
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = LINE[(int) ((position + i) % LINE.length)];
            }
            position += n;
            return n;
        }
    }
}
