package fanwen.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A small HTTP client for the tests: requests to one base URL, answers with their JSON parsed. */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    Http(String base) {
        this.base = base;
    }

    /** An answer: status, headers, raw body, and the body as JSON when it is JSON. */
    record Answer(int status, java.net.http.HttpHeaders headers, byte[] bytes) {
        String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            try {
                return JSON.readTree(bytes);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body(), e);
            }
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    Answer get(String path, String... headers) {
        return send(request(path, headers).GET().build());
    }

    Answer delete(String path, String... headers) {
        return send(request(path, headers).DELETE().build());
    }

    Answer postJson(String path, String json, String... headers) {
        return send(request(path, headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    Answer putJson(String path, String json, String... headers) {
        return send(request(path, headers).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    Answer patchJson(String path, String json, String... headers) {
        return send(request(path, headers).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)).build());
    }

    Answer options(String path, String... headers) {
        return send(request(path, headers).method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
    }

    /** A multipart upload: each file as a {@code file} part under its own name, plus form fields. */
    Answer upload(List<Path> files, List<String> fields, String... headers) {
        try {
            List<NamedBytes> parts = new ArrayList<>();
            for (Path file : files) {
                parts.add(new NamedBytes(file.getFileName().toString(), Files.readAllBytes(file)));
            }
            return uploadBytes(parts, fields, headers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file part's name and content. */
    record NamedBytes(String name, byte[] bytes) {
        static NamedBytes text(String name, String text) {
            return new NamedBytes(name, text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** {@code fields} alternate name, value. */
    Answer uploadBytes(List<NamedBytes> files, List<String> fields, String... headers) {
        return postMultipart("/api/v1/documents", files, fields, headers);
    }

    /** Posts {@code files} as {@code file} parts and {@code fields} (name, value, …) as multipart form data. */
    Answer postMultipart(String path, List<NamedBytes> files, List<String> fields, String... headers) {
        Multipart form = Multipart.of(files, fields);
        // Expect: 100-continue, as a browser-less client should: a server refusing the upload from its headers
        // (413) answers before the body is sent, instead of closing the connection while it is still arriving
        return send(request(path, headers).expectContinue(true).header("Content-Type", form.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.body())).build());
    }

    /** A multipart/form-data body in UTF-8, as browsers send it, and its Content-Type with the boundary. */
    record Multipart(String contentType, byte[] body) {

        /** {@code files} as {@code file} parts after {@code fields} (name, value, …). */
        static Multipart of(List<NamedBytes> files, List<String> fields) {
            String boundary = "----fanwen" + UUID.randomUUID();
            var body = new java.io.ByteArrayOutputStream();
            for (int i = 0; i + 1 < fields.size(); i += 2) {
                body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fields.get(i)
                        + "\"\r\n\r\n" + fields.get(i + 1) + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            for (NamedBytes file : files) {
                body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                        + file.name() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                body.writeBytes(file.bytes());
                body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return new Multipart("multipart/form-data; boundary=" + boundary, body.toByteArray());
        }
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
