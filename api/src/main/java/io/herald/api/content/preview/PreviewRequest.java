package io.herald.api.content.preview;

import io.herald.api.web.Fields;

/** {@code POST /api/v1/content/preview}: the address of the page to read. */
public record PreviewRequest(String url) {
    public PreviewRequest {
        Fields.required("url", url);
    }
}
