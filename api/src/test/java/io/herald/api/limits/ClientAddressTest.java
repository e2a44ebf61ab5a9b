package io.herald.api.limits;

import java.util.Map;

import io.herald.api.web.ClientAddress;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import io.helidon.http.HeaderNames;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientRequest;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The client address behind trusted proxies: the entry the outermost trusted proxy appended to X-Forwarded-For, never
 * one the client wrote before it. Served over a real socket so that the peer is the loopback address.
 */
@ServerTest
class ClientAddressTest {
    private final Http1Client client;

    ClientAddressTest(Http1Client client) {
        this.client = client;
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        for (int hops = 0; hops <= 2; hops++) {
            ClientAddress addresses = new ClientAddress(hops);
            routing.get("/hops/" + hops, (req, res) -> res.send(addresses.of(req)));
        }
    }

    private String address(int hops, String... forwardedFor) {
        Http1ClientRequest request = client.get("/hops/" + hops);
        for (String line : forwardedFor) {
            request.headers(headers -> headers.add(HeaderNames.X_FORWARDED_FOR, line));
        }
        try (Http1ClientResponse res = request.request()) {
            return res.as(String.class);
        }
    }

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        assertThat(address(0, "203.0.113.9"), is("127.0.0.1"));
        assertThat(address(0), is("127.0.0.1"));
    }

    @Test
    void oneTrustedProxyMeansTheLastEntry() {
        assertThat(address(1, "203.0.113.9"), is("203.0.113.9"));
        assertThat("what the client wrote comes first", address(1, "10.9.9.9, 192.0.2.1, 203.0.113.9"),
                   is("203.0.113.9"));
        assertThat("repeated header lines are one list", address(1, "10.9.9.9", "203.0.113.9"), is("203.0.113.9"));
        assertThat("with a port", address(1, "203.0.113.9:4711"), is("203.0.113.9"));
        assertThat("IPv6 with a port", address(1, "[2001:db8::7]:4711"), is("2001:db8:0:0:0:0:0:7"));
        assertThat("not an address: the socket's peer", address(1, "unknown"), is("127.0.0.1"));
        assertThat("no header: the socket's peer", address(1), is("127.0.0.1"));
    }

    @Test
    void twoTrustedProxiesMeanTheSecondToLastEntry() {
        assertThat(address(2, "10.9.9.9, 203.0.113.9, 192.0.2.50"), is("203.0.113.9"));
        assertThat("fewer entries than proxies: the first", address(2, "203.0.113.9"), is("203.0.113.9"));
    }

    @Test
    void ipv6AddressesAreLimitedByTheirNetwork() {
        assertThat(AddressKeys.of("2001:db8:1:2:aaaa::1"), is(AddressKeys.of("2001:db8:1:2:bbbb::9")));
        assertThat(AddressKeys.of("2001:db8:1:2::1").equals(AddressKeys.of("2001:db8:1:3::1")), is(false));
        assertThat(AddressKeys.of("203.0.113.9"), is("203.0.113.9"));
    }

    @Test
    void theHopsComeFromConfigurationAndTheOldSwitchMeansOne() {
        assertThat(ClientAddress.from(config(Map.of())).hops(), is(0));
        assertThat(ClientAddress.from(config(Map.of("herald.http.forwarded-for-hops", "2"))).hops(), is(2));
        assertThat(ClientAddress.from(config(Map.of("herald.redirect.trust-forwarded-for", "true"))).hops(), is(1));
        assertThrows(IllegalStateException.class,
                     () -> ClientAddress.from(config(Map.of("herald.http.forwarded-for-hops", "-1"))));
    }

    private static Config config(Map<String, String> values) {
        return Config.builder().disableEnvironmentVariablesSource().disableSystemPropertiesSource()
                .addSource(ConfigSources.create(values)).build();
    }
}
