package dev.vigil.kafka;

import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.kafka.common.errors.SerializationException;

/** JSON on the wire for the {@code @Serdeable} records, through Micronaut Serialization. */
public final class JsonSerde<T> {
  private final JsonMapper json;
  private final Class<T> type;

  public JsonSerde(JsonMapper json, Class<T> type) {
    this.json = json;
    this.type = type;
  }

  public byte[] serialize(String topic, T value) {
    try {
      return value == null ? null : json.writeValueAsBytes(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public T deserialize(String topic, byte[] data) {
    if (data == null) {
      return null;
    }
    try {
      return json.readValue(data, type);
    } catch (IOException e) {
      throw new SerializationException(
          "not a valid " + type.getSimpleName() + " on " + topic + ": " + e.getMessage(), e);
    }
  }
}
