package dev.corroborate.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One form for the addresses of one web page, so that a page read from a feed, from a crawl and from
 * a saved file is one article. A feed's link often carries campaign parameters ({@code ?utm_source=rss}),
 * a shared link a fragment, a crawl the {@code http://} or {@code www.} address the site redirects from,
 * or a slash at the end: none of these names another page.
 *
 * <p>The canonical form of an {@code http} or {@code https} address is {@code https://}, the host in
 * lower case without a leading {@code www.} or a trailing dot, without the scheme's default port, the path
 * without its trailing slashes ({@code /} when empty), the query without the parameters known only to track
 * a reader (in their order), and no fragment unless it routes a page of its own ({@code #!/story/17},
 * {@code #/story/17}). Percent-encoding is kept as written. Anything else (another scheme, a bare name)
 * is kept as it is, trimmed. Pure.
 */
public final class PageAddress {

    private static final Pattern WEB = Pattern.compile("(?i)(https?)://([^/?#]*)(.*)", Pattern.DOTALL);

    /**
     * Parameters that only say how a reader came to the page (campaigns, click ids, mailing lists);
     * a name starting {@code utm_} is one of them too. Compared in lower case.
     */
    private static final Set<String> TRACKING = Set.of(
            "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "igshid",
            "mc_cid", "mc_eid", "_hsenc", "_hsmi", "mkt_tok", "ocid", "cmpid", "smid", "sr_share");

    private PageAddress() {
    }

    /** The canonical form of {@code url} (see the class comment); {@code url} trimmed when it is no web address. */
    public static String canonical(String url) {
        String address = url.strip();
        Matcher web = WEB.matcher(address);
        if (!web.matches()) {
            return address;
        }
        String host = host(web.group(2), web.group(1).equalsIgnoreCase("https"));
        String rest = web.group(3);
        int fragment = rest.indexOf('#');
        String route = "";
        if (fragment >= 0) {
            // A fragment that routes a page of its own ("#!/story/17", "#/story/17") names it; any other only a place in it.
            if (rest.startsWith("#!", fragment) || rest.startsWith("#/", fragment)) {
                route = rest.substring(fragment);
            }
            rest = rest.substring(0, fragment);
        }
        int question = rest.indexOf('?');
        String path = question >= 0 ? rest.substring(0, question) : rest;
        String query = question >= 0 ? withoutTracking(rest.substring(question + 1)) : "";
        int end = path.length();
        while (end > 0 && path.charAt(end - 1) == '/') {
            end--;
        }
        path = end == 0 ? "/" : path.substring(0, end);
        return "https://" + host + path + (query.isEmpty() ? "" : "?" + query) + route;
    }

    /** The host and port in lower case (a user part as it is), without a leading {@code www.}, a trailing dot or the scheme's default port. */
    private static String host(String authority, boolean https) {
        int at = authority.lastIndexOf('@');
        String user = authority.substring(0, at + 1);
        String hostPort = authority.substring(at + 1).toLowerCase(Locale.ROOT);
        // The port after the host (an IPv6 host is in brackets, its colons inside them).
        int colon = hostPort.lastIndexOf(':');
        String host = hostPort;
        String port = "";
        if (colon >= 0 && colon > hostPort.lastIndexOf(']')) {
            host = hostPort.substring(0, colon);
            port = hostPort.substring(colon + 1);
        }
        if (port.equals(https ? "443" : "80")) {
            port = "";
        }
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        // "www" alone is a host's whole name, not a prefix of it.
        if (host.startsWith("www.") && host.indexOf('.', 4) > 0) {
            host = host.substring(4);
        }
        return user + host + (port.isEmpty() ? "" : ":" + port);
    }

    private static String withoutTracking(String query) {
        List<String> kept = new ArrayList<>();
        for (String parameter : query.split("&")) {
            if (parameter.isEmpty()) {
                continue;
            }
            int equals = parameter.indexOf('=');
            String name = (equals >= 0 ? parameter.substring(0, equals) : parameter).toLowerCase(Locale.ROOT);
            if (!name.startsWith("utm_") && !TRACKING.contains(name)) {
                kept.add(parameter);
            }
        }
        return String.join("&", kept);
    }
}
