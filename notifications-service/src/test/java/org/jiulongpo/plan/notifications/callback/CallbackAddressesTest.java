package org.jiulongpo.plan.notifications.callback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;

import org.junit.jupiter.api.Test;

/** SSRF rules; only address literals and localhost, so no test needs DNS or a network. */
class CallbackAddressesTest {

    private static InetAddress ip(String literal) throws Exception {
        return InetAddress.getByName(literal);
    }

    @Test
    void loopbackPrivateLinkLocalMetadataAndReservedAddressesAreRefused() throws Exception {
        for (String refused : new String[] { "127.0.0.1", "10.0.0.1", "172.16.5.4", "192.168.1.1", "169.254.169.254",
                "0.0.0.0", "100.64.0.1", "224.0.0.1", "240.0.0.1", "::1", "fe80::1", "fc00::1", "fd00:ec2::254",
                "::ffff:10.0.0.1", "::ffff:127.0.0.1" }) {
            assertThat(CallbackAddresses.refusal(ip(refused), false)).as(refused).isNotNull();
        }
    }

    @Test
    void publicAddressesAreAllowed() throws Exception {
        for (String allowed : new String[] { "93.184.215.14", "8.8.8.8", "2606:2800:21f:cb07:6820:80da:af6b:8b2c" }) {
            assertThat(CallbackAddresses.refusal(ip(allowed), false)).as(allowed).isNull();
        }
    }

    @Test
    void developmentAllowsLoopbackButNeverPrivateOrMetadataAddresses() throws Exception {
        assertThat(CallbackAddresses.refusal(ip("127.0.0.1"), true)).isNull();
        assertThat(CallbackAddresses.refusal(ip("::1"), true)).isNull();
        assertThat(CallbackAddresses.refusal(ip("10.0.0.1"), true)).isNotNull();
        assertThat(CallbackAddresses.refusal(ip("169.254.169.254"), true)).isNotNull();
    }

    @Test
    void aNameThatResolvesToLoopbackIsRefused() {
        CallbackAddresses.Target target = CallbackAddresses.parse("https://localhost/hooks", false);
        assertThatThrownBy(() -> CallbackAddresses.resolve(target, false)).isInstanceOf(CallbackRefused.class)
                .hasMessageContaining("loopback");
    }

    @Test
    void onlyHttpsUnlessInDevelopment() {
        assertThatThrownBy(() -> CallbackAddresses.parse("http://receiver.example.org/hooks", false))
                .isInstanceOf(CallbackRefused.class).hasMessageContaining("https");
        assertThat(CallbackAddresses.parse("http://receiver.example.org/hooks", true).https()).isFalse();
        assertThatThrownBy(() -> CallbackAddresses.parse("ftp://receiver.example.org/hooks", true))
                .isInstanceOf(CallbackRefused.class);
    }

    @Test
    void userInfoAndMissingHostsAreRefused() {
        assertThatThrownBy(() -> CallbackAddresses.parse("https://user:pw@receiver.example.org/", false))
                .isInstanceOf(CallbackRefused.class);
        assertThatThrownBy(() -> CallbackAddresses.parse("https:///hooks", false)).isInstanceOf(CallbackRefused.class);
        assertThatThrownBy(() -> CallbackAddresses.parse("not a url", false)).isInstanceOf(CallbackRefused.class);
    }

    @Test
    void theTargetKeepsPortPathAndQuery() {
        CallbackAddresses.Target target = CallbackAddresses.parse("https://[2606:2800::1]:8443/a/b?x=1", false);
        assertThat(target.host()).isEqualTo("2606:2800::1");
        assertThat(target.port()).isEqualTo(8443);
        assertThat(target.requestUri()).isEqualTo("/a/b?x=1");
        assertThat(CallbackAddresses.parse("https://receiver.example.org", false).requestUri()).isEqualTo("/");
        assertThat(CallbackAddresses.parse("https://receiver.example.org", false).port()).isEqualTo(443);
    }
}
