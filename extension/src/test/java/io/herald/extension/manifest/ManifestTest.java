package io.herald.extension.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.herald.common.json.Json;
import io.herald.common.json.JsonObject;
import io.herald.common.json.JsonValue;
import io.herald.extension.browser.WebExtLint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The extension asks for nothing it does not use, loads in Chromium and Firefox from one manifest, and passes Mozilla's
 * linter ({@code web-ext lint}, pinned in package.json) without an error.
 */
class ManifestTest {

    static final Path EXTENSION = Path.of(System.getProperty("herald.webextension", "target/webextension"));

    private static JsonObject manifest() throws IOException {
        return Json.parse(Files.readString(EXTENSION.resolve("manifest.json"))).asObject();
    }

    private static List<String> strings(JsonValue array) {
        List<String> strings = new ArrayList<>();
        array.asArray().forEach(value -> strings.add(value.asString()));
        return strings;
    }

    @Test
    void permissionsAreOnlyWhatIsUsed() throws IOException {
        JsonObject manifest = manifest();
        assertEquals(List.of("storage", "scripting", "alarms"), strings(manifest.get("permissions")));
        List<String> sites = List.of("https://www.linkedin.com/*", "https://x.com/*", "https://twitter.com/*");
        assertEquals(sites, strings(manifest.get("host_permissions")));
        JsonObject contentScript = manifest.get("content_scripts").asArray().get(0).asObject();
        assertEquals(sites, strings(contentScript.get("matches")));
        assertEquals(List.of("content.js"), strings(contentScript.get("js")));
        assertFalse(manifest.toString().contains("<all_urls>"));
        assertFalse(manifest.toString().contains("\"tabs\""));
        assertTrue(manifest.get("content_security_policy") == null, "the default extension CSP");
        assertTrue(manifest.get("web_accessible_resources") == null, "nothing the sites can load or probe");
    }

    @Test
    void oneManifestForChromiumAndFirefox() throws IOException {
        JsonObject manifest = manifest();
        assertEquals(3, manifest.getInt("manifest_version", 0));
        JsonObject background = manifest.get("background").asObject();
        assertEquals("background.js", background.getString("service_worker", ""));
        assertEquals(List.of("background.js"), strings(background.get("scripts")));
        JsonObject gecko = manifest.get("browser_specific_settings").asObject().get("gecko").asObject();
        assertFalse(gecko.getString("id", "").isEmpty());
        assertTrue(gecko.get("data_collection_permissions").asObject().get("required") != null);
        assertEquals("managed_schema.json", manifest.get("storage").asObject().getString("managed_schema", ""));
        assertTrue(Files.isRegularFile(EXTENSION.resolve("managed_schema.json")));
        assertEquals("en", manifest.getString("default_locale", ""));
    }

    @Test
    void mozillasLinterFindsNoError() {
        WebExtLint.Report report = WebExtLint.lint(EXTENSION);
        assertEquals(0, report.errors(), String.join("\n", report.findings()));
    }
}
