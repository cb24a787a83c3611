package network.twincities.platform.security;

import jakarta.json.spi.JsonProvider;

/**
 * The one JSON-P provider of the token checks: the static {@code jakarta.json.Json} factories look it
 * up through the ServiceLoader on every call, too slow for every request.
 */
final class Jsons {

    static final JsonProvider PROVIDER = JsonProvider.provider();

    private Jsons() {}
}
