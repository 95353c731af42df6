package io.steeldome.sim.scenario;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.BiFunction;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Typed access to a composed YAML node tree that records a located {@link ScenarioProblem} for every mismatch
 * instead of stopping at the first. Paths name places the way a user reads them: {@code sensors[0].position}.
 */
final class FieldReader {
    private final String source;
    private final List<ScenarioProblem> problems = new ArrayList<>();

    FieldReader(String source) {
        this.source = source;
    }

    List<ScenarioProblem> problems() {
        return List.copyOf(problems);
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    String source() {
        return source;
    }

    void problem(Node at, String message, String hint) {
        problem(at.getStartMark(), message, hint);
    }

    void problem(Optional<Mark> mark, String message, String hint) {
        problems.add(mark.map(m -> new ScenarioProblem(source, m.getLine() + 1, m.getColumn() + 1, message, hint))
                .orElseGet(() -> new ScenarioProblem(source, 0, 0, message, hint)));
    }

    static int line(Node node) {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    static String child(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    static String place(String path) {
        return path.isEmpty() ? "at the top level" : "in " + path;
    }

    /** The node as a mapping whose keys are checked against {@code allowedKeys}; empty (with a problem) if not one. */
    Optional<MapView> map(Node node, String path, List<String> allowedKeys) {
        if (!(node instanceof MappingNode mapping)) {
            problem(
                    node,
                    "expected a mapping (key: value lines) for " + nameOf(path) + ", got " + describe(node),
                    "valid keys here: " + String.join(", ", allowedKeys));
            return Optional.empty();
        }
        return Optional.of(new MapView(mapping, path, allowedKeys));
    }

    /** The node as a list of items read by {@code item(node, path)}; the items that failed are left out. */
    <T> List<T> list(Node node, String path, BiFunction<Node, String, Optional<T>> item) {
        if (!(node instanceof SequenceNode sequence)) {
            problem(node, "expected a list for " + path + ", got " + describe(node), "write one '- ' line per item");
            return List.of();
        }
        List<T> items = new ArrayList<>();
        List<Node> nodes = sequence.getValue();
        for (int i = 0; i < nodes.size(); i++) {
            item.apply(nodes.get(i), path + "[" + i + "]").ifPresent(items::add);
        }
        return items;
    }

    /** Like {@link #list} but empty (the problems reported) unless every item was read. */
    <T> Optional<List<T>> listOfAll(Node node, String path, BiFunction<Node, String, Optional<T>> item) {
        int before = problems.size();
        List<T> items = list(node, path, item);
        boolean complete = node instanceof SequenceNode sequence
                && items.size() == sequence.getValue().size()
                && problems.size() == before;
        return complete ? Optional.of(items) : Optional.empty();
    }

    void problemAt(int line, int column, String message, String hint) {
        problems.add(new ScenarioProblem(source, line, column, message, hint));
    }

    Optional<String> string(Node node, String path) {
        if (node instanceof ScalarNode scalar && !scalar.getTag().equals(Tag.NULL)) {
            if (scalar.getValue().isBlank()) {
                problem(node, path + " must not be blank", "");
                return Optional.empty();
            }
            return Optional.of(scalar.getValue());
        }
        problem(node, "expected text for " + path + ", got " + describe(node), "");
        return Optional.empty();
    }

    OptionalDouble number(Node node, String path) {
        if (node instanceof ScalarNode scalar
                && (scalar.getTag().equals(Tag.INT) || scalar.getTag().equals(Tag.FLOAT))) {
            double value = scalar.getTag().equals(Tag.INT)
                    ? parseInteger(scalar.getValue()).doubleValue()
                    : parseFloat(scalar.getValue());
            if (!Double.isFinite(value)) {
                problem(node, path + " must be a finite number, got " + scalar.getValue(), "");
                return OptionalDouble.empty();
            }
            return OptionalDouble.of(value);
        }
        problem(
                node,
                "expected a number for " + path + ", got " + describe(node),
                "write a plain number without quotes or units (the unit is in the key name)");
        return OptionalDouble.empty();
    }

    OptionalLong integer(Node node, String path) {
        if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.INT)) {
            BigInteger value = parseInteger(scalar.getValue());
            if (value.bitLength() > 63) {
                problem(node, path + " = " + scalar.getValue() + " does not fit in a 64-bit integer", "");
                return OptionalLong.empty();
            }
            return OptionalLong.of(value.longValue());
        }
        problem(node, "expected a whole number for " + path + ", got " + describe(node), "");
        return OptionalLong.empty();
    }

    <E extends Enum<E> & YamlEnum> Optional<E> enumValue(Node node, String path, Class<E> type) {
        E[] constants = type.getEnumConstants();
        List<String> names = Arrays.stream(constants).map(YamlEnum::yamlName).toList();
        if (!(node instanceof ScalarNode scalar) || scalar.getTag().equals(Tag.NULL)) {
            problem(
                    node,
                    "expected one of " + String.join(", ", names) + " for " + path + ", got " + describe(node),
                    "");
            return Optional.empty();
        }
        String written = scalar.getValue();
        for (E constant : constants) {
            if (constant.yamlName().equals(written)) {
                return Optional.of(constant);
            }
        }
        String hint = Suggestions.closest(written, names)
                .map(s -> "did you mean '" + s + "'?")
                .orElse("valid values: " + String.join(", ", names));
        problem(node, "unknown value '" + written + "' for " + path, hint);
        return Optional.empty();
    }

    /** How a node reads to a user: {@code the text 'abc'}, {@code a list}, ... */
    static String describe(Node node) {
        if (node instanceof ScalarNode scalar) {
            Tag tag = scalar.getTag();
            if (tag.equals(Tag.NULL)) {
                return "nothing";
            } else if (tag.equals(Tag.BOOL)) {
                return "the boolean " + scalar.getValue();
            } else if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
                return "the number " + scalar.getValue();
            }
            return "the text '" + scalar.getValue() + "'";
        } else if (node instanceof SequenceNode) {
            return "a list";
        }
        return "a mapping";
    }

    /** The text of a scalar as written, for messages. */
    static String text(Node node) {
        return node instanceof ScalarNode scalar ? scalar.getValue() : describe(node);
    }

    private static String nameOf(String path) {
        return path.isEmpty() ? "the scenario" : path;
    }

    /** YAML 1.2 core schema integers: decimal with optional sign, 0o octal, 0x hexadecimal. */
    private static BigInteger parseInteger(String text) {
        String t = text.startsWith("+") ? text.substring(1) : text;
        if (t.startsWith("0x")) {
            return new BigInteger(t.substring(2), 16);
        } else if (t.startsWith("0o")) {
            return new BigInteger(t.substring(2), 8);
        }
        return new BigInteger(t);
    }

    /** YAML 1.2 core schema floats, including .inf and .nan (rejected by the caller). */
    private static double parseFloat(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return switch (lower) {
            case ".inf", "+.inf" -> Double.POSITIVE_INFINITY;
            case "-.inf" -> Double.NEGATIVE_INFINITY;
            case ".nan" -> Double.NaN;
            default -> Double.parseDouble(text);
        };
    }

    /** A mapping whose unknown and duplicate keys have already been reported. */
    final class MapView {
        private final MappingNode node;
        private final String path;
        private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
        /** Valid keys offered as "did you mean" for a misspelt key: not reported again as missing. */
        private final Set<String> suggested = new HashSet<>();

        private MapView(MappingNode node, String path, List<String> allowedKeys) {
            this.node = node;
            this.path = path;
            Map<String, Node> seen = new LinkedHashMap<>();
            for (NodeTuple tuple : node.getValue()) {
                Node keyNode = tuple.getKeyNode();
                if (!(keyNode instanceof ScalarNode scalarKey)) {
                    problem(keyNode, "keys must be plain words " + place(path) + ", got " + describe(keyNode), "");
                    continue;
                }
                String key = scalarKey.getValue();
                Node first = seen.putIfAbsent(key, keyNode);
                if (first != null) {
                    problem(
                            keyNode,
                            "duplicate key '" + key + "' " + place(path) + " (first at line " + line(first) + ")",
                            "remove one of them");
                } else if (!allowedKeys.contains(key)) {
                    Optional<String> suggestion = Suggestions.closest(key, allowedKeys);
                    suggestion.ifPresent(suggested::add);
                    String hint = suggestion
                            .map(s -> "did you mean '" + s + "'?")
                            .orElse("valid keys here: " + String.join(", ", allowedKeys));
                    problem(keyNode, "unknown key '" + key + "' " + place(path), hint);
                } else {
                    entries.put(key, tuple);
                }
            }
        }

        MappingNode node() {
            return node;
        }

        String path() {
            return path;
        }

        String child(String key) {
            return FieldReader.child(path, key);
        }

        boolean has(String key) {
            return value(key).isPresent();
        }

        /** The key's node, if the key is present. */
        Optional<Node> keyNode(String key) {
            return Optional.ofNullable(entries.get(key)).map(NodeTuple::getKeyNode);
        }

        /** The value of an optional key; empty when absent or written without a value ({@code key:} or {@code ~}). */
        Optional<Node> value(String key) {
            return Optional.ofNullable(entries.get(key))
                    .map(NodeTuple::getValueNode)
                    .filter(v -> !isNull(v));
        }

        /** Whether a misspelt key here was answered with "did you mean '{@code key}'?". */
        boolean suggested(String key) {
            return suggested.contains(key);
        }

        /** The value of a required key, with a problem when it is absent or has no value. */
        Optional<Node> required(String key) {
            NodeTuple tuple = entries.get(key);
            if (tuple == null) {
                if (!suggested.contains(key)) {
                    problem(node, "missing required key '" + key + "' " + place(path), "");
                }
                return Optional.empty();
            }
            if (isNull(tuple.getValueNode())) {
                problem(tuple.getKeyNode(), "key '" + key + "' " + place(path) + " has no value", "");
                return Optional.empty();
            }
            return Optional.of(tuple.getValueNode());
        }

        Optional<String> requiredString(String key) {
            return required(key).flatMap(v -> string(v, child(key)));
        }

        Optional<String> optionalString(String key) {
            return value(key).flatMap(v -> string(v, child(key)));
        }

        <E extends Enum<E> & YamlEnum> Optional<E> requiredEnum(String key, Class<E> type) {
            return required(key).flatMap(v -> enumValue(v, child(key), type));
        }

        <E extends Enum<E> & YamlEnum> Optional<E> optionalEnum(String key, Class<E> type) {
            return value(key).flatMap(v -> enumValue(v, child(key), type));
        }

        <T> List<T> optionalList(String key, BiFunction<Node, String, Optional<T>> item) {
            return value(key).map(v -> list(v, child(key), item)).orElse(List.of());
        }
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL);
    }
}
