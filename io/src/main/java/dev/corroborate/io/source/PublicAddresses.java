package dev.corroborate.io.source;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Decides whether a host may be fetched: it must resolve to public addresses only. Refused:
 * loopback ({@code 127.0.0.0/8}, {@code ::1}), unspecified ({@code 0.0.0.0/8}, {@code ::}),
 * link-local ({@code 169.254.0.0/16}, where cloud metadata endpoints live, {@code fe80::/10}),
 * private ({@code 10/8}, {@code 172.16/12}, {@code 192.168/16}, {@code fc00::/7},
 * {@code fec0::/10}), shared carrier-grade NAT ({@code 100.64.0.0/10}) and multicast, also
 * when written as IPv4-compatible IPv6. A name is resolved first, and every address it resolves
 * to must be public. Thread-safe.
 */
final class PublicAddresses implements HostCheck {

    @Override
    public Optional<String> refusal(String host) throws UnknownHostException {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        for (InetAddress address : InetAddress.getAllByName(bare)) {
            String kind = nonPublicKind(address);
            if (kind != null) {
                boolean literal = bare.contains(":") || bare.matches("[0-9.]+");
                return Optional.of((literal ? bare : bare + " resolves to " + address.getHostAddress()) + ", a " + kind
                        + " address");
            }
        }
        return Optional.empty();
    }

    /** "loopback", "private"…, or null for a public address. */
    static String nonPublicKind(InetAddress address) {
        byte[] b = address.getAddress();
        if (address.isLoopbackAddress()) {
            return "loopback";
        }
        if (address.isAnyLocalAddress() || (address instanceof Inet4Address && b[0] == 0)) {
            return "unspecified";
        }
        if (address.isLinkLocalAddress()) {
            return "link-local";
        }
        if (address.isSiteLocalAddress() || (address instanceof Inet6Address && (b[0] & 0xFE) == 0xFC)) {
            return "private";
        }
        if (address instanceof Inet4Address && (b[0] & 0xFF) == 100 && (b[1] & 0xC0) == 64) {
            return "shared (carrier-grade NAT)";
        }
        if (address.isMulticastAddress()) {
            return "multicast";
        }
        if (address instanceof Inet6Address v6 && v6.isIPv4CompatibleAddress()) {
            try {
                return nonPublicKind(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
            } catch (UnknownHostException e) {
                throw new IllegalStateException("four bytes are always an IPv4 address", e);
            }
        }
        return null;
    }
}
