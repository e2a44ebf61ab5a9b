package io.herald.extension.jso;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * {@code fetch} for the background worker's calls to the Herald API: no cookies, no HTTP cache (the API's ETags are
 * handled by the caller), a time limit, and the answer read as text with the headers the API's contract uses.
 */
public final class Fetch {

    private Fetch() {
    }

    /**
     * @param headersJson a JSON object of request headers
     * @param body        the request body, or null
     * @param timeoutMs   after this long the call fails with status 0
     * @param callback    the status (0 when no answer came: offline, refused, timed out), the body text, and the
     *                    {@code ETag} and {@code Retry-After} headers ({@code ""} when absent)
     */
    @JSBody(params = {"method", "url", "headersJson", "body", "timeoutMs", "callback"}, script = ""
            + "var controller = new AbortController();"
            + "var timer = setTimeout(function () { controller.abort(); }, timeoutMs);"
            + "var init = {method: method, headers: JSON.parse(headersJson), credentials: 'omit', cache: 'no-store',"
            + "            redirect: 'error', signal: controller.signal};"
            + "if (body !== null) { init.body = body; }"
            + "fetch(url, init).then(function (response) {"
            + "  return response.text().then(function (text) {"
            + "    clearTimeout(timer);"
            + "    callback(response.status, text, response.headers.get('ETag') || '',"
            + "             response.headers.get('Retry-After') || '');"
            + "  });"
            + "}).catch(function (e) {"
            + "  clearTimeout(timer);"
            + "  callback(0, String(e && e.message || e), '', '');"
            + "});")
    public static native void fetch(String method, String url, String headersJson, String body, int timeoutMs,
                                    Answer callback);

    @JSFunctor
    public interface Answer extends JSObject {
        void accept(int status, String body, String etag, String retryAfter);
    }
}
