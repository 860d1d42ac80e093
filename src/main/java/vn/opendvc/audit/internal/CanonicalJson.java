package vn.opendvc.audit.internal;

import java.lang.reflect.RecordComponent;
import java.time.temporal.TemporalAccessor;
import java.util.Set;
import java.util.Comparator;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON form an entry's content is hashed in: object keys sorted, no white space, times and enums as their
 * text. A domain event (a record) becomes the object of its components, nested records included, so a new event needs
 * no mapping code to be audited.
 */
final class CanonicalJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    static String write(Map<String, ?> fields) {
        return JSON.writeValueAsString(fields);
    }

    /** The canonical JSON of a record's components. */
    static String of(Record event) {
        return write(components(event));
    }

    private static Map<String, Object> components(Record event) {
        TreeMap<String, Object> fields = new TreeMap<>();
        for (RecordComponent component : event.getClass().getRecordComponents()) {
            try {
                fields.put(component.getName(), plain(component.getAccessor().invoke(event)));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + component + " of " + event.getClass(), e);
            }
        }
        return fields;
    }

    private static Object plain(Object value) {
        if (value == null || value instanceof Number || value instanceof Boolean || value instanceof String) {
            return value;
        }
        if (value instanceof Record nested) {
            return components(nested);
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof Map<?, ?> map) {
            TreeMap<String, Object> copy = new TreeMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), plain(v)));
            return copy;
        }
        if (value instanceof Set<?> items) { // no order of its own: sorted, so the same set reads the same
            return items.stream().map(CanonicalJson::plain).sorted(Comparator.comparing(String::valueOf)).toList();
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(CanonicalJson::plain).toList();
        }
        if (value instanceof TemporalAccessor) {
            return value.toString();
        }
        return value.toString();
    }

    private CanonicalJson() {
    }
}
