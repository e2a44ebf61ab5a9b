package io.herald.extension.engine;

import io.herald.common.json.Json;
import io.herald.common.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one engine case gave: the export's return value as a JSON value (a string, a number or null), or the error it
 * threw. The exports report bad input in their return value, so an error here means the runtime itself failed.
 */
record CaseResult(String name, Optional<JsonValue> output, Optional<String> error) {

    static CaseResult output(String name, JsonValue output) {
        return new CaseResult(name, Optional.of(output), Optional.empty());
    }

    static CaseResult error(String name, String error) {
        return new CaseResult(name, Optional.empty(), Optional.of(error));
    }

    /** Reads the runners' output: {@code [{name, output} | {name, error}, ...]}. */
    static List<CaseResult> listFromJson(String json) {
        List<CaseResult> results = new ArrayList<>();
        for (JsonValue value : Json.parse(json).asArray()) {
            var object = value.asObject();
            String name = object.get("name").asString();
            JsonValue error = object.get("error");
            results.add(error != null ? error(name, error.asString()) : output(name, object.get("output")));
        }
        return results;
    }

    /**
     * Whether two runtimes gave the same result. Numbers compare by value: Java and JavaScript print some doubles
     * differently ({@code 1.0E-5} and {@code 0.00001}) though they are the same double.
     */
    boolean sameAs(CaseResult other) {
        if (output.isPresent() && other.output.isPresent()) {
            JsonValue mine = output.get();
            JsonValue theirs = other.output.get();
            if (mine.isNumber() && theirs.isNumber()) {
                return Double.compare(mine.asDouble(), theirs.asDouble()) == 0;
            }
            return mine.equals(theirs);
        }
        return error.equals(other.error);
    }

    /** The result as a reader wants it in a diff: the text itself for strings, JSON otherwise. */
    String shown() {
        if (error.isPresent()) {
            return "error: " + error.get();
        }
        JsonValue value = output.orElseThrow();
        return value.isString() ? value.asString() : value.toString();
    }
}
