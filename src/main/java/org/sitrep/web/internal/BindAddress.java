package org.sitrep.web.internal;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.Optional;
import org.sitrep.web.WebServerException;

/**
 * The address {@code sitrep serve} listens on, checked before listening so that a typo reads as a bad address
 * rather than as Jetty's "port already in use", and the address a browser elsewhere can open when it is
 * every address ({@code 0.0.0.0} or {@code ::}).
 *
 * @param text    the address as configured
 * @param address what it resolved to
 */
public record BindAddress(String text, InetAddress address) {
    /**
     * @param text a host name or IP address
     * @return it resolved and known to be one of this machine's
     * @throws WebServerException if it does not resolve or belongs to no interface of this machine
     */
    public static BindAddress resolve(String text) {
        InetAddress address;
        try {
            address = InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            throw new WebServerException("cannot listen on " + text + ": no such host", e);
        }
        if (!address.isAnyLocalAddress() && !address.isLoopbackAddress() && !ownedHere(address)) {
            throw new WebServerException("cannot listen on " + text + ": it is not an address of this machine", null);
        }
        return new BindAddress(text, address);
    }

    /** @return true when it is every address, so that anyone on the network may connect */
    public boolean everyAddress() {
        return address.isAnyLocalAddress();
    }

    /**
     * @param port the port listened on
     * @return the page's address: for every address, one of this machine's that others can reach (loopback
     *         when it has no other)
     */
    public String url(int port) {
        InetAddress shown = everyAddress() ? reachable().orElse(InetAddress.getLoopbackAddress()) : address;
        String host = shown.getHostAddress();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/";
    }

    private static boolean ownedHere(InetAddress address) {
        try {
            return NetworkInterface.getByInetAddress(address) != null;
        } catch (SocketException e) {
            return false;
        }
    }

    /** @return the first IPv4 address of an interface that is up and not loopback, if any */
    private static Optional<InetAddress> reachable() {
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (nic.isUp() && !nic.isLoopback()) {
                    for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                        if (a instanceof Inet4Address && !a.isLinkLocalAddress()) {
                            return Optional.of(a);
                        }
                    }
                }
            }
        } catch (SocketException e) {
            // No list of interfaces: the loopback address is the one left to show.
        }
        return Optional.empty();
    }
}
