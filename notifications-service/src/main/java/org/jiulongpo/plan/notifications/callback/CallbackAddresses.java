package org.jiulongpo.plan.notifications.callback;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * Which callbacks may be called (SSRF protection): https only, and only to public addresses.
 * A host name is resolved and every address it has is checked, so that a name with one public
 * and one private address is refused; the caller connects to a checked address, never to the
 * name again, so DNS cannot answer differently between the check and the connection.
 */
public final class CallbackAddresses {

    private CallbackAddresses() {
    }

    /** A callback URL after its syntax was checked: scheme, host, port, and what to ask for. */
    public record Target(URI uri, boolean https, String host, int port, String requestUri) {
    }

    /** A target and the checked addresses to connect to (any one of them). */
    public record Resolved(Target target, List<InetAddress> addresses) {
    }

    /**
     * @param insecure development: http is allowed, and so are loopback addresses
     */
    public static Target parse(String url, boolean insecure) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException | NullPointerException e) {
            throw new CallbackRefused("the callback is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(insecure && scheme.equals("http"))) {
            throw new CallbackRefused("the callback must be an https URL");
        }
        if (uri.getRawUserInfo() != null) {
            throw new CallbackRefused("the callback may not carry a user name or password");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new CallbackRefused("the callback has no host");
        }
        if (uri.getRawFragment() != null) {
            throw new CallbackRefused("the callback may not have a fragment");
        }
        boolean https = scheme.equals("https");
        int port = uri.getPort() != -1 ? uri.getPort() : https ? 443 : 80;
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String requestUri = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        String host = uri.getHost().startsWith("[") ? uri.getHost().substring(1, uri.getHost().length() - 1) : uri.getHost();
        return new Target(uri, https, host, port, requestUri);
    }

    /** Resolves the target's host and checks every address; refused if any is not allowed. */
    public static Resolved resolve(Target target, boolean insecure) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(target.host());
        } catch (UnknownHostException e) {
            throw new CallbackRefused("the callback's host " + target.host() + " does not resolve");
        }
        for (InetAddress address : addresses) {
            String refusal = refusal(address, insecure);
            if (refusal != null) {
                throw new CallbackRefused("the callback's host " + target.host() + " resolves to "
                        + address.getHostAddress() + ", " + refusal);
            }
        }
        return new Resolved(target, List.of(addresses));
    }

    /** Why an address may not be called, or null if it may. */
    public static String refusal(InetAddress address, boolean insecure) {
        if (address instanceof Inet6Address v6) {
            byte[] b = v6.getAddress();
            if (isMappedV4(b)) {
                try {
                    return refusal(InetAddress.getByAddress(new byte[] { b[12], b[13], b[14], b[15] }), insecure);
                } catch (UnknownHostException e) {
                    throw new IllegalStateException("four bytes are always an IPv4 address", e);
                }
            }
            if ((b[0] & 0xfe) == 0xfc) {
                return "a unique local (private) address";
            }
        }
        if (address.isLoopbackAddress()) {
            return insecure ? null : "a loopback address";
        }
        if (address.isAnyLocalAddress()) {
            return "the unspecified address";
        }
        if (address.isLinkLocalAddress()) {
            // 169.254.169.254, the cloud metadata service, is link-local
            return "a link-local address (cloud metadata services live there)";
        }
        if (address.isSiteLocalAddress()) {
            return "a private address";
        }
        if (address.isMulticastAddress()) {
            return "a multicast address";
        }
        if (address instanceof Inet4Address) {
            byte[] b = address.getAddress();
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            if (first == 0) {
                return "an address of \"this network\" (0.0.0.0/8)";
            }
            if (first == 100 && second >= 64 && second < 128) {
                return "a shared (carrier-grade NAT) address";
            }
            if (first == 198 && (second == 18 || second == 19)) {
                return "a benchmarking address";
            }
            if (first >= 240) {
                return "a reserved address";
            }
        }
        return null;
    }

    private static boolean isMappedV4(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    }
}
