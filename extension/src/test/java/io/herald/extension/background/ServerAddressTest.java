package io.herald.extension.background;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ServerAddressTest {

    @Test
    void aBareHostBecomesHttps() {
        assertEquals("https://herald.example.com", ServerAddress.normalize("herald.example.com"));
        assertEquals("https://herald.example.com", ServerAddress.normalize("  HERALD.example.com/  "));
    }

    @Test
    void aPathIsKeptWithoutItsTrailingSlashes() {
        assertEquals("https://example.com/herald", ServerAddress.normalize("https://example.com/herald//"));
        assertEquals("https://example.com:8443", ServerAddress.normalize("https://example.com:8443/"));
    }

    @Test
    void plainHttpOnlyForThisMachine() {
        assertEquals("http://127.0.0.1:8080", ServerAddress.normalize("http://127.0.0.1:8080/"));
        assertEquals("http://localhost:8080", ServerAddress.normalize("http://localhost:8080"));
        assertEquals("http://[::1]:8080", ServerAddress.normalize("http://[::1]:8080"));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ServerAddress.normalize("http://herald.example.com"));
        assertEquals("Use the https:// address of your Herald server.", refused.getMessage());
    }

    @Test
    void otherSchemesUserInfoQueriesAndEmptyAreRefusedInWords() {
        assertThrows(IllegalArgumentException.class, () -> ServerAddress.normalize("ftp://herald.example.com"));
        assertThrows(IllegalArgumentException.class, () -> ServerAddress.normalize("javascript://alert(1)"));
        assertThrows(IllegalArgumentException.class, () -> ServerAddress.normalize("https://me@herald.example.com"));
        assertThrows(IllegalArgumentException.class, () -> ServerAddress.normalize("https://herald.example.com/?a=1"));
        assertEquals("Enter the address of your company's Herald server.",
                assertThrows(IllegalArgumentException.class, () -> ServerAddress.normalize("   ")).getMessage());
    }
}
