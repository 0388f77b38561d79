package kz.kelisim.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One simulated browser tab speaking Vaadin Flow's own protocol over HTTP: the bootstrap page, the
 * {@code ?v-r=init} request that creates the UI, then UIDL messages carrying clicks, property
 * synchronisation and navigation, exactly what the Flow client sends. Cookies are kept per tab; the
 * HTTP client (and its connections) is shared by every tab of a run.
 */
final class VaadinClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http;
    private final URI base;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final UiTree tree = new UiTree();
    private int uiId;
    private String securityKey;
    private int syncId = -1;
    private int clientId;
    private List<Integer> lastTextChanges = List.of();

    VaadinClient(HttpClient http, URI base) {
        this.http = http;
        this.base = base;
    }

    UiTree tree() {
        return tree;
    }

    /** Ids of the text nodes the last response changed. */
    List<Integer> lastTextChanges() {
        return lastTextChanges;
    }

    /** Signs in through the sign-in page's form, as the browser posts it. */
    boolean signIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> page = send(get("login"));
        Matcher csrf = CSRF_META.matcher(page.body());
        StringBuilder form = new StringBuilder("username=").append(encode(username)).append("&password=")
                .append(encode(password));
        if (csrf.find()) {
            form.append("&_csrf=").append(encode(csrf.group(1)));
        }
        HttpResponse<String> answer = send(request("login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())));
        String location = answer.headers().firstValue("Location").orElse("");
        return answer.statusCode() == 302 && !location.contains("error") && !location.contains("login");
    }

    /** Opens a route the way a browser's address bar does: the bootstrap page, then the UI's init. */
    void open(String route) throws IOException, InterruptedException {
        send(get(route));
        // Flow's client asks the application's root for the UI, naming the route it was opened at
        HttpResponse<String> init = send(get("?v-r=init&location=" + encode(route) + "&query="));
        JsonNode config = JSON.readTree(init.body()).get("appConfig");
        if (config == null) {
            throw new IOException("No UI was created for " + route + " (HTTP " + init.statusCode() + ")");
        }
        uiId = config.get("v-uiId").asInt();
        JsonNode uidl = config.get("uidl");
        securityKey = uidl.get("Vaadin-Security-Key").asString();
        handle(uidl);
        // the UI is created empty; the client then navigates it to the route, as on every page load
        navigate(route, "page-load");
    }

    /** Navigates inside the UI as a router link does (the client's "ui-navigate" event). */
    void navigate(String route) throws IOException, InterruptedException {
        navigate(route, "routerlink");
    }

    private void navigate(String route, String trigger) throws IOException, InterruptedException {
        ObjectNode data = JSON.createObjectNode();
        data.put("route", route);
        data.put("query", "");
        data.put("appShellTitle", "");
        data.putObject("historyState").put("idx", 1);
        data.put("trigger", trigger);
        rpc(event(tree.root(), "ui-navigate", data));
    }

    /** A click on the element, with the event data its listener asks for. */
    void click(UiTree.Node node) throws IOException, InterruptedException {
        rpc(event(node, "click", eventData(node, "click")));
    }

    /** A DOM event of the element's own (e.g. a confirm dialog's "confirm"). */
    void fire(UiTree.Node node, String event) throws IOException, InterruptedException {
        rpc(event(node, event, eventData(node, event)));
    }

    /** Sets a property as the element's user does (the synchronisation and the event that carries it). */
    void setProperty(UiTree.Node node, String property, String value) throws IOException, InterruptedException {
        String event = tree.synchronisingEvent(node, property)
                .orElseThrow(() -> new IllegalStateException(node + " does not synchronise " + property));
        ObjectNode sync = JSON.createObjectNode();
        sync.put("type", "mSync");
        sync.put("node", node.id);
        sync.put("feature", 1);
        sync.put("property", property);
        sync.put("value", value);
        rpc(sync, event(node, event, eventData(node, event)));
    }

    private ObjectNode event(UiTree.Node node, String type, ObjectNode data) {
        ObjectNode event = JSON.createObjectNode();
        event.put("type", "event");
        event.put("node", node.id);
        event.put("event", type);
        event.set("data", data);
        return event;
    }

    /** What the client would evaluate for the listener: plain mouse-event values, filters passed. */
    private ObjectNode eventData(UiTree.Node node, String event) {
        ObjectNode data = JSON.createObjectNode();
        tree.listener(node, event).forEach((expression, kind) -> {
            if (expression.startsWith("}")) {
                String property = expression.substring(1);
                JsonNode value = node.properties.get(property);
                if (value != null) {
                    data.set(expression, value);
                }
            } else if (kind.isBoolean() && !kind.asBoolean()) {
                if (expression.endsWith("Key") || expression.contains("repeat")) {
                    data.put(expression, false);
                } else if (expression.equals("event.detail")) {
                    data.put(expression, 1);
                } else {
                    data.put(expression, 0);
                }
            } else {
                data.put(expression, true);
            }
        });
        return data;
    }

    private void rpc(ObjectNode... invocations) throws IOException, InterruptedException {
        ObjectNode message = JSON.createObjectNode();
        message.put("csrfToken", securityKey);
        ArrayNode rpc = message.putArray("rpc");
        for (ObjectNode invocation : invocations) {
            rpc.add(invocation);
        }
        message.put("syncId", syncId);
        message.put("clientId", clientId);
        HttpResponse<String> response = send(request("?v-r=uidl&v-uiId=" + uiId)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message.toString())));
        if (response.statusCode() != 200) {
            throw new IOException("UIDL answered HTTP " + response.statusCode());
        }
        String body = response.body();
        if (body.startsWith("for(;;);")) {
            body = body.substring("for(;;);".length());
        }
        JsonNode parsed = JSON.readTree(body);
        handle(parsed.isArray() ? parsed.get(0) : parsed);
    }

    private void handle(JsonNode uidl) throws IOException {
        if (uidl == null) {
            throw new IOException("Empty UIDL response");
        }
        JsonNode meta = uidl.get("meta");
        if (meta != null && (meta.has("sessionExpired") || meta.has("appError"))) {
            throw new IOException("The server ended the UI: " + meta);
        }
        if (uidl.has("syncId")) {
            syncId = uidl.get("syncId").asInt();
        }
        if (uidl.has("clientId")) {
            clientId = uidl.get("clientId").asInt();
        } else {
            clientId++;
        }
        lastTextChanges = tree.apply(uidl);
    }

    private HttpRequest.Builder get(String path) {
        return request(path).GET();
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT)
                .header("Origin", base.getScheme() + "://" + base.getAuthority())
                .header("Accept-Language", "kk");
        if (!cookies.isEmpty()) {
            StringBuilder header = new StringBuilder();
            cookies.forEach((name, value) -> header.append(header.isEmpty() ? "" : "; ").append(name).append('=')
                    .append(value));
            request.header("Cookie", header.toString());
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String cookie : response.headers().allValues("Set-Cookie")) {
            String pair = cookie.split(";", 2)[0];
            int equals = pair.indexOf('=');
            if (equals > 0) {
                cookies.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
            }
        }
        if (response.statusCode() >= 500) {
            throw new IOException("HTTP " + response.statusCode() + " for " + request.build().uri());
        }
        return response;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
