package org.artofthepossible.toolkit.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A SHA-256 digest of model values, fed part by part: a record by its class and components, a
 * collection or map by its size and elements in their order, text by its characters. Every part is
 * tagged and every sequence prefixed with its length, so no two different values feed the same
 * bytes. The model fixes the order of its collections, so equal snapshots digest equally.
 *
 * <p>Nothing is turned into a string on the way (records' {@code toString} goes through {@code
 * String.format} on Java 17, and was a fifth of what loading allocated).
 */
public final class ContentDigest {
    private static final ClassValue<Method[]> ACCESSORS =
            new ClassValue<>() {
                @Override
                protected Method[] computeValue(Class<?> type) {
                    RecordComponent[] components = type.getRecordComponents();
                    var accessors = new Method[components.length];
                    for (int i = 0; i < components.length; i++) {
                        accessors[i] = components[i].getAccessor();
                        // Skips the access check of every call, where the record's module allows
                        // it (the model's records); a record of a module that does not open its
                        // package is read through the checked call.
                        accessors[i].trySetAccessible();
                    }
                    return accessors;
                }
            };

    private final MessageDigest digest;
    private final byte[] buffer = new byte[1024];
    private int used;

    /** Starts an empty digest. */
    public ContentDigest() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * Feeds a value: a record, collection, map, optional, text, or any other value by its string
     * form (numbers, enums, locales, dates).
     *
     * @param value the value, or null
     * @return this digest
     */
    public ContentDigest add(Object value) {
        if (value == null) {
            tag('0');
        } else if (value instanceof String text) {
            tag('s');
            text(text);
        } else if (value instanceof Record record) {
            tag('r');
            text(record.getClass().getName());
            for (Method accessor : ACCESSORS.get(record.getClass())) {
                add(component(accessor, record));
            }
        } else if (value instanceof Collection<?> collection) {
            tag('c');
            number(collection.size());
            collection.forEach(this::add);
        } else if (value instanceof Map<?, ?> map) {
            tag('m');
            number(map.size());
            map.forEach(
                    (key, entry) -> {
                        add(key);
                        add(entry);
                    });
        } else if (value instanceof Optional<?> optional) {
            tag('o');
            add(optional.orElse(null));
        } else if (value instanceof OptionalInt optional) {
            tag('i');
            add(optional.isPresent() ? optional.getAsInt() : null);
        } else if (value instanceof OptionalLong optional) {
            tag('l');
            add(optional.isPresent() ? optional.getAsLong() : null);
        } else {
            tag('v');
            text(value.getClass().getName());
            text(value.toString());
        }
        return this;
    }

    /**
     * Finishes the digest.
     *
     * @return the digest in lower-case hexadecimal
     */
    public String hex() {
        flush();
        return HexFormat.of().formatHex(digest.digest());
    }

    private static Object component(Method accessor, Record record) {
        try {
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor + " of a model record", e);
        }
    }

    private void tag(char tag) {
        room(1);
        buffer[used++] = (byte) tag;
    }

    private void number(int value) {
        room(4);
        buffer[used++] = (byte) (value >>> 24);
        buffer[used++] = (byte) (value >>> 16);
        buffer[used++] = (byte) (value >>> 8);
        buffer[used++] = (byte) value;
    }

    /** Its length, then its UTF-16 code units, two bytes each, big-endian. */
    private void text(String text) {
        int length = text.length();
        number(length);
        int i = 0;
        while (i < length) {
            int end = i + Math.min(length - i, (buffer.length - used) / 2);
            if (end == i) {
                flush();
                continue;
            }
            for (; i < end; i++) { // as many as the buffer has room for, without a check each
                char c = text.charAt(i);
                buffer[used++] = (byte) (c >>> 8);
                buffer[used++] = (byte) c;
            }
        }
    }

    private void room(int bytes) {
        if (used + bytes > buffer.length) {
            flush();
        }
    }

    private void flush() {
        digest.update(buffer, 0, used);
        used = 0;
    }
}
