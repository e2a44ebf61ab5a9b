package io.herald.extension.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The background refreshes the access token when it is about to expire, once for all the calls that need it at the
 * same time (the API rotates refresh tokens and would take a second use of one for theft), and keeps the rotated
 * token: the sign-in goes on working.
 */
class SessionTest {

    @Test
    void callsMadeAtOnceShareOneRefreshAndTheSignInLastsBeyondIt() {
        // Access tokens of 35 s: the background refreshes 30 s before expiry, so after 6 s the next call refreshes.
        try (Programme programme = Programme.start(null, Map.of("herald.auth.access-token-lifetime", "PT35S"))
                .signedIn()) {
            programme.employee.ask("{\"kind\": \"status\"}");
            InsertAndShareTest.sleep(6000);
            programme.api.clearRequests();
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> answers = (List<Map<String, Object>>) programme.browser.chromium().script(
                    "function ask(m) { return new Promise(function (resolve) { chrome.runtime.sendMessage("
                    + "JSON.stringify(m), function (a) { resolve(JSON.parse(a)); }); }); }"
                    + "return Promise.all([ask({kind: 'my-stats'}), ask({kind: 'set-leaderboard'}),"
                    + " ask({kind: 'sign-in-code'})]);");
            for (Map<String, Object> answer : answers) {
                assertFalse(answer.containsKey("error"), answers.toString());
            }
            assertEquals(1, programme.api.requests().stream()
                    .filter(line -> line.startsWith("POST /api/v1/auth/refresh ")).count(), programme.api.requests()
                    .toString());
            InsertAndShareTest.sleep(6000);
            Map<String, Object> later = programme.employee.ask("{\"kind\": \"my-stats\"}");
            assertFalse(later.containsKey("error"), later.toString());
            assertEquals(true, programme.employee.ask("{\"kind\": \"status\"}").get("signedIn"));
        }
    }
}
