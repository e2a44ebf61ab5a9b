package io.herald.extension.engine;

import io.herald.common.json.JsonArray;
import io.herald.common.json.JsonObject;
import java.util.List;
import java.util.Map;

/**
 * The engine cases of a run, with the libraries the ranking cases rank against, named so that a library of 10,000
 * items travels to a runtime once, not once per case. As JSON: {@code {"libraries": {name: libraryJson},
 * "cases": [{name, fn, args}, ...]}}.
 */
record CaseSuite(List<EngineCase> cases, Map<String, String> libraries) {

    CaseSuite {
        cases = List.copyOf(cases);
        libraries = Map.copyOf(libraries);
    }

    String library(String name) {
        String library = libraries.get(name);
        if (library == null) {
            throw new IllegalArgumentException("no library named " + name);
        }
        return library;
    }

    String toJson() {
        JsonObject libraryJson = new JsonObject();
        libraries.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> libraryJson.add(entry.getKey(), entry.getValue()));
        JsonArray caseJson = new JsonArray();
        cases.forEach(engineCase -> caseJson.add(engineCase.toJson()));
        return new JsonObject().add("libraries", libraryJson).add("cases", caseJson).toString();
    }
}
