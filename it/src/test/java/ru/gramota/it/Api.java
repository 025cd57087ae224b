package ru.gramota.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** A client of the REST API for the tests: signs in with a token and speaks JSON. */
final class Api {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    /** One answer: status and body. */
    record Answer(int status, String body, String contentType, String contentLanguage) {

        JsonObject json() {
            return (JsonObject) parse();
        }

        JsonArray array() {
            return (JsonArray) parse();
        }

        private JsonStructure parse() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }
    }

    private final String token;
    private final URI base;
    private final String language;

    private Api(String token, URI base, String language) {
        this.token = token;
        this.base = base;
        this.language = language;
    }

    private Api(String token) {
        this(token, ServerEndpoints.application("/"), null);
    }

    static Api anonymous() {
        return new Api(null);
    }

    /** The same caller, talking to another server instance on localhost. */
    Api onPort(int port) {
        return new Api(token, URI.create("http://localhost:" + port + "/"), language);
    }

    /** The same caller, sending {@code Accept-Language} with every request. */
    Api accepting(String languages) {
        return new Api(token, base, languages);
    }

    /** Signed in as the user; the token is reused across tests. */
    static Api as(String username, String password) {
        return new Api(TOKENS.computeIfAbsent(username, u -> {
            Answer answer = anonymous()
                    .post(
                            "/api/v1/tokens",
                            Json.createObjectBuilder()
                                    .add("username", u)
                                    .add("password", password)
                                    .build());
            if (answer.status() != 201) {
                throw new AssertionError("Cannot sign in as " + u + ": " + answer);
            }
            return answer.json().getString("token");
        }));
    }

    static Api admin() {
        // In the server (in-container tests) the password is the server's own setting.
        return as("admin", System.getProperty("gramota.it.admin.password", System.getenv("GRAMOTA_ADMIN_PASSWORD")));
    }

    static Api demo(String username) {
        return as(username, System.getProperty("gramota.it.demo.password"));
    }

    static Api withToken(String token) {
        return new Api(token);
    }

    Answer get(String path) {
        return send(request(path).GET());
    }

    /**
     * A GET over HTTP/1.1, as a browser sends a long address: the default client offers HTTP/2 (h2c),
     * whose header limits close the connection on a very long one instead of answering it.
     */
    Answer getOverHttp11(String path) {
        return send(request(path).GET().version(HttpClient.Version.HTTP_1_1));
    }

    Answer delete(String path) {
        return send(request(path).DELETE());
    }

    Answer post(String path, JsonValue body) {
        return send(request(path).header("Content-Type", "application/json").POST(publish(body)));
    }

    Answer put(String path, JsonValue body) {
        return send(request(path).header("Content-Type", "application/json").PUT(publish(body)));
    }

    Answer putRaw(String path, String contentType, String body) {
        return putRaw(path, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    Answer putRaw(String path, String contentType, byte[] body) {
        return send(
                request(path).header("Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    Answer postRaw(String path, String contentType, String body) {
        return postRaw(path, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    Answer postRaw(String path, String contentType, byte[] body) {
        return send(
                request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /**
     * Uploads a file as multipart/form-data in the part named {@code file}, streaming the content
     * from the supplier without holding it in memory.
     */
    Answer upload(String path, String fileName, long length, Supplier<InputStream> content) {
        String boundary = "gramota-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.fromPublisher(
                HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(Collections.enumeration(
                        List.of(new ByteArrayInputStream(head), content.get(), new ByteArrayInputStream(tail))))),
                head.length + length + tail.length);
        return send(request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(body));
    }

    Answer upload(String path, String fileName, byte[] content) {
        return upload(path, fileName, content.length, () -> new ByteArrayInputStream(content));
    }

    /** A download as a stream, for content too large to hold; the caller closes the body. */
    HttpResponse<InputStream> download(String path) {
        try {
            return HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (Exception e) {
            throw new AssertionError("Request failed: " + e, e);
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        if (language != null) {
            builder.header("Accept-Language", language);
        }
        return builder;
    }

    private static HttpRequest.BodyPublisher publish(JsonValue body) {
        return HttpRequest.BodyPublishers.ofString(body.toString());
    }

    private static Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(
                    response.statusCode(),
                    response.body(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Content-Language").orElse(""));
        } catch (Exception e) {
            throw new AssertionError("Request failed: " + e, e);
        }
    }
}
