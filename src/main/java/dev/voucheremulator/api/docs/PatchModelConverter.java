package dev.voucheremulator.api.docs;

import com.fasterxml.jackson.databind.JavaType;
import dev.voucheremulator.api.json.Patch;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Iterator;
import org.springframework.stereotype.Component;

/** Documents a {@link Patch} property as the value it carries: the wire format has no wrapper. */
@Component
class PatchModelConverter implements ModelConverter {

    @Override
    public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        // swagger-core introspects with its own (Jackson 2) type factory
        JavaType javaType = Json.mapper().constructType(type.getType());
        if (javaType != null && javaType.getRawClass() == Patch.class) {
            return context.resolve(new AnnotatedType(javaType.containedTypeOrUnknown(0))
                    .ctxAnnotations(type.getCtxAnnotations())
                    .parent(type.getParent())
                    .schemaProperty(type.isSchemaProperty())
                    .name(type.getName())
                    .propertyName(type.getPropertyName())
                    .resolveAsRef(type.isResolveAsRef())
                    .jsonViewAnnotation(type.getJsonViewAnnotation()));
        }
        return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
    }
}
