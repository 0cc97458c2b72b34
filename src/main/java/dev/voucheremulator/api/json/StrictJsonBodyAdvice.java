package dev.voucheremulator.api.json;

import dev.voucheremulator.api.error.ApiException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks every JSON request body before it is bound, so that what is stored is exactly what was
 * sent: the bytes are valid UTF-8 (no overlong forms, which a lenient decoder turns into other
 * characters), and no string or property name holds a NUL, a lone surrogate or more than
 * {@value #MAX_STRING} characters. Syntax errors are left to the binding, which reports them as usual.
 */
@ControllerAdvice
class StrictJsonBodyAdvice extends RequestBodyAdviceAdapter {

    static final int MAX_STRING = 10_000;

    private final JsonMapper mapper;

    StrictJsonBodyAdvice(JsonMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
                                           Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        byte[] body = input.getBody().readAllBytes();
        check(body);
        HttpHeaders headers = input.getHeaders();
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return headers;
            }
        };
    }

    void check(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException e) {
            throw ApiException.invalidPayload("The request body is not valid UTF-8");
        }
        try (JsonParser parser = mapper.createParser(body)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.VALUE_STRING || token == JsonToken.PROPERTY_NAME) {
                    String problem = problem(parser.getString());
                    if (problem != null) {
                        throw ApiException.invalidPayload("Property '" + path(parser) + "' " + problem);
                    }
                }
            }
        } catch (JacksonException syntax) {
            // not JSON, or broken JSON: the converter answers that with its own message
        }
    }

    static String problem(String value) {
        if (value.length() > MAX_STRING) {
            return "should have at most " + MAX_STRING + " characters";
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\u0000') {
                return "must not contain NUL characters";
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "must not contain invalid Unicode (a lone surrogate)";
            }
            if (Character.isLowSurrogate(c)) {
                return "must not contain invalid Unicode (a lone surrogate)";
            }
        }
        return null;
    }

    private static String path(JsonParser parser) {
        String path = parser.streamReadContext().pathAsPointer().toString().replace('/', '.');
        return path.isEmpty() ? "(body)" : path.substring(1);
    }
}
