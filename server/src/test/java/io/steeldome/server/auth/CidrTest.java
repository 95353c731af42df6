package io.steeldome.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.steeldome.core.error.SteeldomeException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CidrTest {
    // Expected memberships checked with python3: ipaddress.ip_address(a) in ipaddress.ip_network(n)
    @ParameterizedTest
    @CsvSource({
        "10.0.0.0/8, 10.255.1.2, true",
        "10.0.0.0/8, 11.0.0.1, false",
        "192.168.1.0/24, 192.168.1.255, true",
        "192.168.1.0/24, 192.168.2.0, false",
        "172.16.0.0/12, 172.31.255.255, true",
        "172.16.0.0/12, 172.32.0.0, false",
        "192.0.2.7, 192.0.2.7, true",
        "192.0.2.7, 192.0.2.8, false",
        "0.0.0.0/0, 203.0.113.9, true",
        "127.0.0.0/8, ::ffff:127.0.0.1, true",
        "::1/128, ::1, true",
        "::1/128, 127.0.0.1, false",
        "2001:db8::/32, 2001:db8:ffff::1, true",
        "2001:db8::/32, 2001:db9::1, false",
        "fd00::/8, fdff::1, true",
        "10.0.0.5/8, 10.9.9.9, true"
    })
    void membership(String block, String address, boolean inside) {
        assertThat(Cidr.parse(block).contains(Cidr.literal(address).orElseThrow()))
                .isEqualTo(inside);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"localhost", "example.org", "10.0.0.0/33", "::/129", "10.0.0/8", "256.1.1.1", "1.2.3.4/x", ""})
    void namesAndBadBlocksAreRefused(String bad) {
        assertThatThrownBy(() -> Cidr.parse(bad)).isInstanceOf(SteeldomeException.class);
    }

    @ParameterizedTest
    @CsvSource({
        // peer, X-Forwarded-For, expected client (trusted: 127.0.0.1 and 10.0.0.0/8)
        "127.0.0.1, 198.51.100.9, 198.51.100.9",
        "127.0.0.1, '203.0.113.1, 198.51.100.9', 198.51.100.9",
        "127.0.0.1, '198.51.100.9, 10.0.0.2, 10.0.0.3', 198.51.100.9",
        "127.0.0.1, '10.0.0.2', 127.0.0.1",
        "127.0.0.1, 'not-an-address', 127.0.0.1",
        "127.0.0.1, '[2001:db8::1]', [2001:db8::1]",
        "198.51.100.77, 192.0.2.1, 198.51.100.77"
    })
    void forwardedForIsBelievedOnlyFromTrustedProxies(String peer, String xff, String expected) {
        ClientAddress a = new ClientAddress(List.of(Cidr.parse("127.0.0.1"), Cidr.parse("10.0.0.0/8")));
        assertThat(a.resolve(peer, Optional.of(xff))).isEqualTo(expected);
        assertThat(ClientAddress.DIRECT.resolve(peer, Optional.of(xff))).isEqualTo(peer);
    }
}
