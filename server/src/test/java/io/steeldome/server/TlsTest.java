package io.steeldome.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTTPS from configuration: a PKCS12 keystore made by the JDK's keytool. */
class TlsTest {
    @TempDir
    Path dir;

    private void keytool(String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
    }

    @Test
    void servesHttpsWithTheConfiguredKeystore() throws Exception {
        Path ks = dir.resolve("server.p12");
        Path cert = dir.resolve("server.crt");
        keytool(
                "-genkeypair",
                "-alias",
                "c2",
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-dname",
                "CN=localhost",
                "-ext",
                "SAN=dns:localhost,ip:127.0.0.1",
                "-validity",
                "2",
                "-storetype",
                "PKCS12",
                "-keystore",
                ks.toString(),
                "-storepass",
                "test-pass",
                "-keypass",
                "test-pass");
        keytool(
                "-exportcert",
                "-rfc",
                "-alias",
                "c2",
                "-keystore",
                ks.toString(),
                "-storepass",
                "test-pass",
                "-file",
                cert.toString());

        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        try (InputStream in = Files.newInputStream(cert)) {
            trust.setCertificateEntry(
                    "c2", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, tmf.getTrustManagers(), null);
        HttpClient client = HttpClient.newBuilder().sslContext(ssl).build();

        ServerConfig cfg = ServerConfig.defaults(dir.resolve("c2"), 0)
                .withPasswordHashing(Harness.CHEAP)
                .withBootstrapAdmin(new ServerConfig.BootstrapAdmin("admin", "NATO", Harness.ADMIN_PASSWORD))
                .withTls(new ServerConfig.Tls(ks, "test-pass"));
        try (SteeldomeServer s = new SteeldomeServer(cfg).start()) {
            String base = "https://127.0.0.1:" + s.port();
            HttpResponse<String> health = client.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.sslSession()).isPresent();
            HttpResponse<String> login = client.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/login"))
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"username\":\"admin\",\"password\":\"" + Harness.ADMIN_PASSWORD + "\"}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(login.headers().firstValue("Set-Cookie").orElseThrow()).contains("; Secure");
            // plain HTTP on the TLS port gets no API answer
            HttpResponse<String> plain;
            try {
                plain = HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + "/api/health"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                assertThat(plain.statusCode()).isNotEqualTo(200);
            } catch (java.io.IOException expected) {
                // the TLS connector dropped the plaintext connection
            }
        }
    }
}
