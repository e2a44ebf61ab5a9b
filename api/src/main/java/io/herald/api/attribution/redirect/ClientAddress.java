package io.herald.api.attribution.redirect;

import java.net.InetSocketAddress;
import java.net.SocketAddress;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;

/**
 * The visitor's address, used only in memory for the visitor hash: the socket's peer, or, behind a reverse proxy that
 * Herald is told to trust ({@code herald.redirect.trust-forwarded-for}), the first address of
 * {@code X-Forwarded-For}. Trust it only when the proxy overwrites that header: otherwise anyone can set it.
 */
final class ClientAddress {
    private final boolean trustForwardedFor;

    ClientAddress(boolean trustForwardedFor) {
        this.trustForwardedFor = trustForwardedFor;
    }

    String of(ServerRequest req) {
        if (trustForwardedFor) {
            String forwarded = req.headers().first(HeaderNames.X_FORWARDED_FOR).orElse("");
            int comma = forwarded.indexOf(',');
            String first = (comma < 0 ? forwarded : forwarded.substring(0, comma)).strip();
            if (!first.isEmpty()) {
                return first;
            }
        }
        SocketAddress peer = req.remotePeer().address();
        if (peer instanceof InetSocketAddress inet && inet.getAddress() != null) {
            return inet.getAddress().getHostAddress();
        }
        return peer.toString();
    }
}
