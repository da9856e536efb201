package dev.corroborate.io.source;

import java.net.UnknownHostException;
import java.util.Optional;

/** Whether a host may be fetched; {@link PublicAddresses} in use, any host in tests that allow private addresses. */
@FunctionalInterface
interface HostCheck {

    /** Any host. */
    HostCheck ANY = host -> Optional.empty();

    /** Why {@code host} must not be fetched ("127.0.0.1, a loopback address"), or empty when it may be. */
    Optional<String> refusal(String host) throws UnknownHostException;
}
