package org.sitrep.web.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import org.junit.jupiter.api.Test;

class WebhookUrlTest {
    private static String refusal(String url) {
        return assertThrows(IllegalArgumentException.class, () -> WebhookUrl.parse(url)).getMessage();
    }

    @Test
    void acceptsAnHttpsUrlWithAHostAndAPort() {
        assertEquals(URI.create("https://hooks.example:8443/a?b=c"), WebhookUrl.parse("https://hooks.example:8443/a?b=c"));
    }

    @Test
    void refusesAPortAboveTheRange() {
        assertEquals("webhook 'http://127.0.0.1:99999/x': port 99999 is out of range 1..65535",
                refusal("http://127.0.0.1:99999/x"));
    }

    @Test
    void refusesPortZero() {
        assertEquals("webhook 'http://127.0.0.1:0/x': port 0 is out of range 1..65535", refusal("http://127.0.0.1:0/x"));
    }

    @Test
    void refusesAPortThatIsNotANumber() {
        assertEquals("webhook 'http://hooks.example:http/x': no host (or a malformed host or port)",
                refusal("http://hooks.example:http/x"));
    }

    @Test
    void refusesAnotherScheme() {
        assertEquals("webhook 'ftp://hooks.example/x': the scheme must be http or https, not 'ftp'",
                refusal("ftp://hooks.example/x"));
    }

    @Test
    void refusesAUrlWithoutAScheme() {
        assertEquals("webhook 'hooks.example/x': the scheme must be http or https, not none", refusal("hooks.example/x"));
    }

    @Test
    void refusesAUrlWithoutAHost() {
        assertEquals("webhook 'http:///x': no host (or a malformed host or port)", refusal("http:///x"));
    }

    @Test
    void refusesTextThatIsNotAUrl() {
        assertEquals("webhook 'http://hooks example/x': not a URL (illegal character in authority at index 7)",
                refusal("http://hooks example/x"));
    }
}
