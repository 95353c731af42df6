package io.steeldome.stream.schema;

import io.steeldome.core.error.SteeldomeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/** Kafka serializer and deserializer of one record type in the {@link Json} encoding. */
public final class JsonSerde<T> implements Serde<T>, Serializer<T>, Deserializer<T> {
    private final Class<T> type;

    public JsonSerde(Class<T> type) {
        this.type = type;
    }

    public static JsonSerde<PlotScan> plots() {
        return new JsonSerde<>(PlotScan.class);
    }

    public static JsonSerde<SectorTracks> tracks() {
        return new JsonSerde<>(SectorTracks.class);
    }

    public static JsonSerde<BorderAlert> alerts() {
        return new JsonSerde<>(BorderAlert.class);
    }

    public static JsonSerde<Decision> decisions() {
        return new JsonSerde<>(Decision.class);
    }

    @Override
    public byte[] serialize(String topic, T data) {
        return data == null ? null : Json.encode(data);
    }

    /** Kafka's contract: a bad record surfaces as a {@link SerializationException} with the cause kept. */
    @Override
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        try {
            return Json.decode(data, type, topic);
        } catch (SteeldomeException e) {
            throw new SerializationException(e.getMessage(), e);
        }
    }

    @Override
    public void configure(java.util.Map<String, ?> configs, boolean isKey) {}

    @Override
    public void close() {}

    @Override
    public Serializer<T> serializer() {
        return this;
    }

    @Override
    public Deserializer<T> deserializer() {
        return this;
    }
}
