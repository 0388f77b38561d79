package kz.kelisim.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;

/**
 * What a browser holds of one Vaadin UI, rebuilt from the server's UIDL messages alone: the state
 * nodes with their tag, properties, attributes, class names, text, children and event listeners.
 * Elements are then found as a test finds them, by id, tag, class or the text a person reads, so the
 * load harness does not depend on layout or on node numbers.
 */
final class UiTree {

    // feature ids of com.vaadin.flow.internal.nodefeature.NodeFeatures (read there, stable since Flow 1)
    private static final int ELEMENT_DATA = 0;
    private static final int PROPERTIES = 1;
    private static final int CHILDREN = 2;
    private static final int ATTRIBUTES = 3;
    private static final int LISTENERS = 4;
    private static final int TEXT_NODE = 7;
    private static final int CLASS_LIST = 11;
    private static final int VIRTUAL_CHILDREN = 24;

    /** One state node: an element or a text node. */
    static final class Node {
        final int id;
        String tag;
        String text;
        Node parent;
        final Map<String, JsonNode> properties = new HashMap<>();
        final Map<String, String> attributes = new HashMap<>();
        final Map<String, String> listeners = new HashMap<>();
        final List<Integer> children = new ArrayList<>();
        final List<Integer> virtualChildren = new ArrayList<>();
        final List<String> classes = new ArrayList<>();

        Node(int id) {
            this.id = id;
        }

        String property(String name) {
            JsonNode value = properties.get(name);
            return value == null || value.isNull() ? null : value.asString();
        }

        @Override
        public String toString() {
            return "<" + tag + " #" + id + (attributes.containsKey("id") ? " id=" + attributes.get("id") : "") + ">";
        }
    }

    private final Map<Integer, Node> nodes = new HashMap<>();
    private final Map<String, JsonNode> constants = new HashMap<>();

    /** Applies one message's constants and changes; returns the ids of nodes whose text changed. */
    List<Integer> apply(JsonNode uidl) {
        JsonNode pool = uidl.get("constants");
        if (pool != null) {
            pool.properties().forEach(entry -> constants.put(entry.getKey(), entry.getValue()));
        }
        List<Integer> textChanged = new ArrayList<>();
        JsonNode changes = uidl.get("changes");
        if (changes == null) {
            return textChanged;
        }
        for (JsonNode change : changes) {
            int id = change.get("node").asInt();
            String type = change.get("type").asString();
            switch (type) {
                case "attach" -> nodes.computeIfAbsent(id, Node::new);
                case "detach" -> nodes.remove(id);
                case "put" -> put(node(id), change, textChanged);
                case "remove" -> remove(node(id), change);
                case "splice" -> splice(node(id), change);
                case "clear" -> clear(node(id), change.get("feat").asInt());
                default -> {
                    // "empty" and features the harness does not read
                }
            }
        }
        return textChanged;
    }

    private Node node(int id) {
        return nodes.computeIfAbsent(id, Node::new);
    }

    private void put(Node node, JsonNode change, List<Integer> textChanged) {
        int feature = change.get("feat").asInt();
        String key = change.get("key").asString();
        JsonNode value = change.get("value");
        switch (feature) {
            case ELEMENT_DATA -> {
                if (key.equals("tag")) {
                    node.tag = value.asString();
                }
            }
            case PROPERTIES -> {
                if (value != null) {
                    node.properties.put(key, value);
                }
            }
            case ATTRIBUTES -> node.attributes.put(key, value == null ? "" : value.asString());
            case LISTENERS -> node.listeners.put(key, value == null ? "" : value.asString());
            case TEXT_NODE -> {
                node.text = value == null ? "" : value.asString();
                textChanged.add(node.id);
            }
            default -> {
            }
        }
    }

    private void remove(Node node, JsonNode change) {
        String key = change.get("key").asString();
        switch (change.get("feat").asInt()) {
            case PROPERTIES -> node.properties.remove(key);
            case ATTRIBUTES -> node.attributes.remove(key);
            case LISTENERS -> node.listeners.remove(key);
            default -> {
            }
        }
    }

    private void splice(Node node, JsonNode change) {
        int feature = change.get("feat").asInt();
        int index = change.get("index").asInt();
        int removed = change.has("remove") ? change.get("remove").asInt() : 0;
        if (feature == CLASS_LIST) {
            for (int i = 0; i < removed && index < node.classes.size(); i++) {
                node.classes.remove(index);
            }
            if (change.has("add")) {
                int at = index;
                for (JsonNode added : change.get("add")) {
                    node.classes.add(Math.min(at++, node.classes.size()), added.asString());
                }
            }
            return;
        }
        if (feature != CHILDREN && feature != VIRTUAL_CHILDREN) {
            return;
        }
        List<Integer> list = feature == CHILDREN ? node.children : node.virtualChildren;
        for (int i = 0; i < removed && index < list.size(); i++) {
            list.remove(index);
        }
        if (change.has("addNodes")) {
            int at = index;
            for (JsonNode added : change.get("addNodes")) {
                Node child = node(added.asInt());
                child.parent = node;
                list.add(Math.min(at++, list.size()), child.id);
            }
        }
    }

    private void clear(Node node, int feature) {
        switch (feature) {
            case CHILDREN -> node.children.clear();
            case VIRTUAL_CHILDREN -> node.virtualChildren.clear();
            case CLASS_LIST -> node.classes.clear();
            case PROPERTIES -> node.properties.clear();
            case ATTRIBUTES -> node.attributes.clear();
            case LISTENERS -> node.listeners.clear();
            default -> {
            }
        }
    }

    /** The root: the UI's own element, which receives navigation events. */
    Node root() {
        return nodes.values().stream().filter(node -> "body".equals(node.tag)).findFirst()
                .orElseGet(() -> nodes.get(1));
    }

    Node get(int id) {
        return nodes.get(id);
    }

    /** Whether the node still hangs from the root (detached nodes can linger until their detach arrives). */
    boolean attached(Node node) {
        Node root = root();
        for (Node at = node; at != null; at = at.parent) {
            if (at == root) {
                return true;
            }
            if (at.parent != null && !at.parent.children.contains(at.id)
                    && !at.parent.virtualChildren.contains(at.id)) {
                return false;
            }
        }
        return false;
    }

    Optional<Node> byId(String id) {
        return find(node -> id.equals(node.attributes.get("id")));
    }

    Optional<Node> find(Predicate<Node> test) {
        return nodes.values().stream().filter(test).filter(this::attached).findFirst();
    }

    List<Node> descendants(Node from, Predicate<Node> test) {
        List<Node> found = new ArrayList<>();
        collect(from, test, found);
        return found;
    }

    private void collect(Node from, Predicate<Node> test, List<Node> found) {
        List<Integer> below = new ArrayList<>(from.children);
        below.addAll(from.virtualChildren);
        for (int id : below) {
            Node child = nodes.get(id);
            if (child != null) {
                if (test.test(child)) {
                    found.add(child);
                }
                collect(child, test, found);
            }
        }
    }

    /** The text a person reads in the element: its text nodes, in order. */
    String text(Node from) {
        StringBuilder text = new StringBuilder();
        appendText(from, text);
        return text.toString().trim();
    }

    private void appendText(Node from, StringBuilder text) {
        if (from.text != null) {
            text.append(from.text).append(' ');
        }
        for (int id : from.children) {
            Node child = nodes.get(id);
            if (child != null) {
                appendText(child, text);
            }
        }
    }

    /** The event data expressions of a listener, as the client evaluates them (from the constant pool). */
    Map<String, JsonNode> listener(Node node, String event) {
        String constant = node.listeners.get(event);
        JsonNode expressions = constant == null ? null : constants.get(constant);
        Map<String, JsonNode> result = new LinkedHashMap<>();
        if (expressions != null) {
            expressions.properties().forEach(entry -> result.put(entry.getKey(), entry.getValue()));
        }
        return result;
    }

    /** The listener that synchronises a property (its expressions hold "}property"), if any. */
    Optional<String> synchronisingEvent(Node node, String property) {
        return node.listeners.keySet().stream()
                .filter(event -> listener(node, event).containsKey("}" + property)).findFirst();
    }

    int size() {
        return nodes.size();
    }
}
