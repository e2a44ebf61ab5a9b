package io.herald.api.content.preview;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

/** Which addresses Herald fetches pages from. Address literals only: nothing here asks DNS or connects anywhere. */
class PublicAddressesTest {
    @Test
    void loopbackPrivateLinkLocalUniqueLocalAndMetadataAreRefused() throws UnknownHostException {
        assertThat(why("127.0.0.1"), is(Optional.of("a loopback address")));
        assertThat(why("127.1.2.3"), is(Optional.of("a loopback address")));
        assertThat(why("::1"), is(Optional.of("a loopback address")));
        assertThat(why("169.254.169.254"), is(Optional.of("a cloud metadata address")));
        assertThat(why("169.254.1.1"), is(Optional.of("a link-local address")));
        assertThat(why("10.0.0.1"), is(Optional.of("a private address")));
        assertThat(why("172.16.5.4"), is(Optional.of("a private address")));
        assertThat(why("192.168.1.1"), is(Optional.of("a private address")));
        assertThat(why("100.100.100.200"), is(Optional.of("a cloud metadata address")));
        assertThat(why("fd00::1"), is(Optional.of("a unique-local address")));
        assertThat(why("fd00:ec2::254"), is(Optional.of("a unique-local address")));
        assertThat(why("fe80::1"), is(Optional.of("a link-local address")));
        assertThat(why("0.0.0.0"), is(Optional.of("an unspecified address")));
        assertThat(why("::"), is(Optional.of("an unspecified address")));
        assertThat(why("224.0.0.1"), is(Optional.of("a multicast address")));
        assertThat(why("ff02::1"), is(Optional.of("a multicast address")));
        assertThat(why("255.255.255.255"), is(Optional.of("a reserved address")));
    }

    @Test
    void ipv6FormsOfAnIpv4AddressAreJudgedByIt() throws UnknownHostException {
        assertThat(why("::ffff:127.0.0.1"), is(Optional.of("a loopback address")));
        byte[] mapped = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, 127, 0, 0, 1};
        assertThat(PublicAddresses.notPublic(InetAddress.getByAddress(mapped)), is(Optional.of("a loopback address")));
        assertThat(why("::ffff:169.254.169.254"), is(Optional.of("a cloud metadata address")));
        assertThat(why("::127.0.0.1"), is(Optional.of("a loopback address")));
        assertThat(why("64:ff9b::10.0.0.1"), is(Optional.of("a private address")));
        assertThat(why("2002:7f00:1::"), is(Optional.of("a loopback address")));
        assertThat(why("2001:0:4136:e378:8000:63bf:3fff:fdd2"), is(Optional.of("a Teredo tunnel address")));
        assertThat(why("64:ff9b::8.8.8.8"), is(Optional.empty()));
    }

    @Test
    void publicAddressesPass() throws UnknownHostException {
        assertThat(why("93.184.215.14"), is(Optional.empty()));
        assertThat(why("8.8.8.8"), is(Optional.empty()));
        assertThat(why("2606:4700::6810:84e5"), is(Optional.empty()));
        assertThat(why("172.32.0.1"), is(Optional.empty()));
        assertThat(why("100.128.0.1"), is(Optional.empty()));
    }

    private static Optional<String> why(String literal) throws UnknownHostException {
        return PublicAddresses.notPublic(InetAddress.getByName(literal));
    }
}
