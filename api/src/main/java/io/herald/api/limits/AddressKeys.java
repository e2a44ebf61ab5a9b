package io.herald.api.limits;

import java.net.Inet6Address;
import java.net.InetAddress;

import io.herald.api.web.ClientAddress;

/**
 * The key an address is limited under: an IPv4 address as it is, an IPv6 address by its /64 network, because one
 * subscriber or machine commonly holds a whole /64 and could otherwise take a fresh address for every request.
 */
final class AddressKeys {
    private AddressKeys() {
    }

    static String of(String address) {
        if (address.indexOf(':') < 0) {
            return address;
        }
        InetAddress parsed = ClientAddress.parseLiteral(address);
        if (parsed instanceof Inet6Address) {
            byte[] bytes = parsed.getAddress();
            StringBuilder key = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                key.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
            }
            return key.append(":/64").toString();
        }
        return address;
    }
}
