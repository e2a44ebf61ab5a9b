package io.herald.api.web;

import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.helidon.config.Config;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;

/**
 * Who sent a request, as an IP address: the socket's peer, or, behind {@code herald.http.forwarded-for-hops} reverse
 * proxies that Herald trusts, the address the outermost of them saw. Each proxy appends the address it was connected
 * from to {@code X-Forwarded-For}, so of {@code client-written, ..., a, b} with two trusted hops the client is
 * {@code a}, the entry the outer proxy appended: the last entries are the proxies', the first ones anyone can write.
 * With fewer entries than hops, the first one is taken (the request came through fewer proxies). An entry that is not
 * an IP address (a proxy's {@code unknown}) leaves the socket's peer.
 *
 * <p>Used in memory only: for the visitor hash of a click and as the key of the per-address rate limits; it is never
 * stored or logged.
 */
public final class ClientAddress {
    private static final System.Logger LOG = System.getLogger(ClientAddress.class.getName());
    private static final int MAX_HOPS = 10;
    private static final Pattern IPV4 = Pattern.compile(
            "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6_CHARACTERS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private final int hops;

    public ClientAddress(int hops) {
        if (hops < 0 || hops > MAX_HOPS) {
            throw new IllegalArgumentException("herald.http.forwarded-for-hops must be 0 to " + MAX_HOPS);
        }
        this.hops = hops;
    }

    /**
     * From {@code herald.http.forwarded-for-hops}. The earlier {@code herald.redirect.trust-forwarded-for: true}
     * took the first entry and was documented for a proxy that overwrites the header, where the first entry is the
     * last: it means one hop.
     */
    public static ClientAddress from(Config config) {
        int hops;
        try {
            hops = config.get("herald.http.forwarded-for-hops").asInt().orElse(0);
        } catch (RuntimeException e) {
            throw new IllegalStateException("herald.http.forwarded-for-hops must be a whole number from 0 to "
                                            + MAX_HOPS + ": " + e.getMessage(), e);
        }
        if (hops == 0 && config.get("herald.redirect.trust-forwarded-for").asBoolean().orElse(false)) {
            LOG.log(Level.WARNING, "herald.redirect.trust-forwarded-for is replaced by herald.http.forwarded-for-hops;"
                                   + " taking it as one trusted proxy (forwarded-for-hops: 1)");
            hops = 1;
        }
        if (hops < 0 || hops > MAX_HOPS) {
            throw new IllegalStateException("herald.http.forwarded-for-hops must be from 0 to " + MAX_HOPS + " (got "
                                            + hops + ")");
        }
        return new ClientAddress(hops);
    }

    /** The trusted proxies in front of Herald. */
    public int hops() {
        return hops;
    }

    /** The client's address, in the textual form of {@link InetAddress#getHostAddress()}. */
    public String of(ServerRequest req) {
        if (hops > 0) {
            List<String> entries = entries(req.headers().values(HeaderNames.X_FORWARDED_FOR));
            if (!entries.isEmpty()) {
                String entry = entries.get(Math.max(0, entries.size() - hops));
                InetAddress address = literal(entry);
                if (address != null) {
                    return address.getHostAddress();
                }
            }
        }
        SocketAddress peer = req.remotePeer().address();
        if (peer instanceof InetSocketAddress inet && inet.getAddress() != null) {
            return inet.getAddress().getHostAddress();
        }
        return peer.toString();
    }

    /** Every entry of every X-Forwarded-For line, in order (a repeated header counts as one list). */
    private static List<String> entries(List<String> lines) {
        List<String> entries = new ArrayList<>();
        for (String line : lines) {
            for (String entry : line.split(",")) {
                String stripped = entry.strip();
                if (!stripped.isEmpty()) {
                    entries.add(stripped);
                }
            }
        }
        return entries;
    }

    /** An IP literal, possibly with a port ({@code 192.0.2.1:4711}, {@code [2001:db8::1]:4711}); null otherwise. */
    static InetAddress literal(String entry) {
        String host = entry;
        if (host.startsWith("[")) {
            int close = host.indexOf(']');
            host = close < 0 ? host : host.substring(1, close);
        } else if (host.indexOf(':') == host.lastIndexOf(':') && host.indexOf(':') > 0) {
            host = host.substring(0, host.indexOf(':'));
        }
        return parseLiteral(host);
    }

    /**
     * An IPv4 or IPv6 address literal, parsed without any name lookup (only text that can be nothing but a literal
     * reaches {@link InetAddress#getByName}, which then parses it); null for anything else.
     */
    public static InetAddress parseLiteral(String text) {
        boolean ipv4 = IPV4.matcher(text).matches();
        boolean ipv6 = text.indexOf(':') >= 0 && IPV6_CHARACTERS.matcher(text).matches();
        if (!ipv4 && !ipv6) {
            return null;
        }
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
