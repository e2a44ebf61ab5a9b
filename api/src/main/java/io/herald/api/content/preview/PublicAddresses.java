package io.herald.api.content.preview;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * Whether an IP address is one anybody on the internet could reach, and if not, what it is. Herald fetches pages
 * only from public addresses: not loopback, private (RFC 1918), shared (CGNAT, where some clouds put their metadata),
 * link-local (cloud metadata at 169.254.169.254), unique-local (fc00::/7, AWS's fd00:ec2::254), multicast, unspecified,
 * documentation, benchmarking or reserved ranges. IPv6 forms that carry an IPv4 address (IPv4-mapped, -compatible,
 * NAT64, 6to4) are judged by that address; Teredo is refused outright.
 */
public final class PublicAddresses {
    private record Range(byte[] prefix, int bits, String what) {
        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            int whole = bits / 8;
            for (int i = 0; i < whole; i++) {
                if (address[i] != prefix[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (address[whole] & mask) == (prefix[whole] & mask);
        }
    }

    private static final String METADATA = "a cloud metadata address";
    private static final List<Range> IPV4 = List.of(
            range("169.254.169.254", 32, METADATA),
            range("100.100.100.200", 32, METADATA),
            range("192.0.0.192", 32, METADATA),
            range("0.0.0.0", 8, "an unspecified address"),
            range("10.0.0.0", 8, "a private address"),
            range("100.64.0.0", 10, "a shared (carrier-grade NAT) address"),
            range("127.0.0.0", 8, "a loopback address"),
            range("169.254.0.0", 16, "a link-local address"),
            range("172.16.0.0", 12, "a private address"),
            range("192.0.0.0", 24, "a reserved address"),
            range("192.0.2.0", 24, "a documentation address"),
            range("192.88.99.0", 24, "a reserved address"),
            range("192.168.0.0", 16, "a private address"),
            range("198.18.0.0", 15, "a benchmarking address"),
            range("198.51.100.0", 24, "a documentation address"),
            range("203.0.113.0", 24, "a documentation address"),
            range("224.0.0.0", 4, "a multicast address"),
            range("240.0.0.0", 4, "a reserved address"));
    private static final List<Range> IPV6 = List.of(
            range("::", 128, "an unspecified address"),
            range("::1", 128, "a loopback address"),
            range("64:ff9b:1::", 48, "a local NAT64 address"),
            range("100::", 64, "a discard address"),
            range("2001::", 32, "a Teredo tunnel address"),
            range("2001:db8::", 32, "a documentation address"),
            range("fc00::", 7, "a unique-local address"),
            range("fe80::", 10, "a link-local address"),
            range("fec0::", 10, "a site-local address"),
            range("ff00::", 8, "a multicast address"));

    private PublicAddresses() {
    }

    /** Why the address is not public ("a loopback address"), or empty when it is. */
    public static Optional<String> notPublic(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            return match(IPV4, bytes);
        }
        Optional<byte[]> embedded = embeddedIpv4(bytes);
        if (embedded.isPresent()) {
            return match(IPV4, embedded.get());
        }
        return address instanceof Inet6Address ? match(IPV6, bytes) : Optional.of("not an IP address");
    }

    /**
     * The IPv4 address inside an IPv6 one that reaches it: IPv4-mapped {@code ::ffff:a.b.c.d} (Java already gives
     * those as IPv4), IPv4-compatible {@code ::a.b.c.d}, NAT64 {@code 64:ff9b::a.b.c.d} and 6to4 {@code 2002:AABB:CCDD::}.
     */
    private static Optional<byte[]> embeddedIpv4(byte[] v6) {
        if (prefixed(v6, new byte[12]) && !(v6[12] == 0 && v6[13] == 0 && v6[14] == 0 && (v6[15] == 0 || v6[15] == 1))) {
            return Optional.of(last4(v6, 12));
        }
        byte[] mapped = new byte[12];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        if (prefixed(v6, mapped)) {
            return Optional.of(last4(v6, 12));
        }
        byte[] nat64 = {0, 0x64, (byte) 0xff, (byte) 0x9b, 0, 0, 0, 0, 0, 0, 0, 0};
        if (prefixed(v6, nat64)) {
            return Optional.of(last4(v6, 12));
        }
        if (v6[0] == 0x20 && v6[1] == 0x02) {
            return Optional.of(last4(v6, 2));
        }
        return Optional.empty();
    }

    private static boolean prefixed(byte[] address, byte[] prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (address[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] last4(byte[] bytes, int from) {
        return new byte[] {bytes[from], bytes[from + 1], bytes[from + 2], bytes[from + 3]};
    }

    private static Optional<String> match(List<Range> ranges, byte[] address) {
        return ranges.stream().filter(range -> range.contains(address)).map(Range::what).findFirst();
    }

    private static Range range(String literal, int bits, String what) {
        try {
            // Literals only: parsing an address literal never asks DNS.
            byte[] prefix = InetAddress.getByName(literal).getAddress();
            if (literal.contains(":") && prefix.length == 4) {
                throw new IllegalStateException(literal + " read as IPv4");
            }
            return new Range(prefix, bits, what);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
