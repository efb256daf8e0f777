package io.github.shuiyuan.core.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.shuiyuan.core.Labeled;
import java.io.IOException;

/** Jackson support for the closed vocabularies: read by name or Chinese label, written by name. */
final class LabeledEnums {

    private LabeledEnums() {
    }

    static SimpleModule module() {
        return new SimpleModule("shuiyuan-labeled-enums") {
            private static final long serialVersionUID = 1L;

            @Override
            public void setupModule(SetupContext context) {
                super.setupModule(context);
                context.addDeserializers(new Deserializers.Base() {
                    @Override
                    public JsonDeserializer<?> findEnumDeserializer(Class<?> type, DeserializationConfig config,
                                                                    BeanDescription beanDesc) {
                        return Labeled.class.isAssignableFrom(type) ? deserializer(type) : null;
                    }

                    @Override
                    public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
                        return Labeled.class.isAssignableFrom(valueType) && valueType.isEnum();
                    }
                });
            }
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static JsonDeserializer<?> deserializer(Class<?> type) {
        return new JsonDeserializer<Object>() {
            @Override
            public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                String text = p.getValueAsString();
                java.util.Optional<?> value = Labeled.fromText((Class) type, text);
                if (value.isEmpty()) {
                    throw ctxt.weirdStringException(text, type, "not a code or label of " + type.getSimpleName());
                }
                return value.get();
            }

            @Override
            public Class<?> handledType() {
                return type;
            }
        };
    }

}
