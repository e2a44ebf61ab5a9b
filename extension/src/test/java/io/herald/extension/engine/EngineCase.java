package io.herald.extension.engine;

import io.herald.common.json.Json;
import io.herald.common.json.JsonArray;
import io.herald.common.json.JsonObject;
import java.util.List;

/**
 * One call of an exported engine function with its arguments, run alike on the JVM ({@link JvmRunner}) and on the
 * TeaVM-compiled engine ({@code src/test/js/engine-cases.mjs}). Arguments are strings or integers.
 *
 * @param name     what the case is, unique in a run (the golden file, the conformance case, ...)
 * @param function the name of the export, as in engine.js
 * @param args     the arguments; for {@code rank}: the library's name in the {@link CaseSuite}, the draft and the
 *                 limit
 */
record EngineCase(String name, String function, List<Object> args) {

    EngineCase {
        args = List.copyOf(args);
        for (Object arg : args) {
            if (!(arg instanceof String) && !(arg instanceof Integer)) {
                throw new IllegalArgumentException(name + ": arguments are strings or integers, not " + arg);
            }
        }
    }

    static EngineCase of(String name, String function, Object... args) {
        return new EngineCase(name, function, List.of(args));
    }

    String stringArg(int index) {
        return (String) args.get(index);
    }

    int intArg(int index) {
        return (Integer) args.get(index);
    }

    JsonObject toJson() {
        JsonArray json = new JsonArray();
        for (Object arg : args) {
            json.add(arg instanceof String text ? Json.value(text) : Json.value((Integer) arg));
        }
        return new JsonObject().add("name", name).add("fn", function).add("args", json);
    }
}
