package dev.voucheremulator.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** One operation of the emulator's own OpenAPI document, as much of it as the fuzzer needs. */
record Operation(String method, String path, List<Parameter> pathParameters, List<Parameter> queryParameters,
                 List<String> bodyProperties, boolean hasBody) {

    record Parameter(String name, String type, List<String> enumValues) {
    }

    static List<Operation> from(JsonNode apiDocs) {
        List<Operation> operations = new ArrayList<>();
        JsonNode paths = apiDocs.get("paths");
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                if (!List.of("get", "post", "put", "delete", "patch").contains(method.getKey())) {
                    continue;
                }
                JsonNode operation = method.getValue();
                List<Parameter> inPath = new ArrayList<>();
                List<Parameter> inQuery = new ArrayList<>();
                for (JsonNode parameter : iterable(operation.get("parameters"))) {
                    Parameter p = parameter(parameter, apiDocs);
                    String in = parameter.path("in").asString();
                    if (in.equals("path")) {
                        inPath.add(p);
                    } else if (in.equals("query")) {
                        inQuery.add(p);
                    }
                }
                JsonNode body = operation.path("requestBody").path("content");
                List<String> properties = new ArrayList<>();
                JsonNode schema = resolve(body.path("application/json").path("schema"), apiDocs);
                for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
                    properties.add(property.getKey());
                }
                operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(), inPath, inQuery, properties,
                        !body.isMissingNode() && !body.isEmpty()));
            }
        }
        return operations;
    }

    private static Parameter parameter(JsonNode parameter, JsonNode apiDocs) {
        JsonNode schema = resolve(parameter.path("schema"), apiDocs);
        if (schema.path("type").asString("").equals("array")) {
            schema = resolve(schema.path("items"), apiDocs);
        }
        List<String> enumValues = new ArrayList<>();
        for (JsonNode value : iterable(schema.get("enum"))) {
            enumValues.add(value.asString());
        }
        return new Parameter(parameter.path("name").asString(), schema.path("type").asString("string"), enumValues);
    }

    private static JsonNode resolve(JsonNode schema, JsonNode apiDocs) {
        String ref = schema.path("$ref").asString("");
        if (ref.startsWith("#/components/schemas/")) {
            return apiDocs.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
        }
        return schema;
    }

    private static Iterable<JsonNode> iterable(JsonNode array) {
        if (array == null || !array.isArray()) {
            return List.of();
        }
        return array;
    }
}
