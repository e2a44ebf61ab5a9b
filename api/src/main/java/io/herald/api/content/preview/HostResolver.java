package io.herald.api.content.preview;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Every address of a host name (an address literal is read without asking DNS). Tests give their own. */
@FunctionalInterface
public interface HostResolver {
    HostResolver SYSTEM = InetAddress::getAllByName;

    InetAddress[] resolve(String host) throws UnknownHostException;
}
