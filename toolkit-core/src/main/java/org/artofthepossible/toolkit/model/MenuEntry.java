package org.artofthepossible.toolkit.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of the {@link Menu}: a label, what it points at, and sub-entries.
 *
 * @param label the label per locale
 * @param itemId the id of the item it opens; exactly one of {@code itemId}, {@code list} and {@code
 *     url} is present
 * @param list the type whose list it opens, for example every case study
 * @param url the URL it opens, absolute or relative
 * @param children sub-entries, in order
 * @param icon the name of an icon shown beside the label, such as {@code models} or {@code
 *     facebook}; which names there are is the renderer's to say
 */
public record MenuEntry(
        LocalizedText label,
        Optional<String> itemId,
        Optional<ItemType> list,
        Optional<String> url,
        List<MenuEntry> children,
        Optional<String> icon) {
    /**
     * Creates an entry with no icon.
     *
     * @param label the label per locale
     * @param itemId the id of the item it opens
     * @param list the type whose list it opens
     * @param url the URL it opens
     * @param children sub-entries, in order
     */
    public MenuEntry(
            LocalizedText label,
            Optional<String> itemId,
            Optional<ItemType> list,
            Optional<String> url,
            List<MenuEntry> children) {
        this(label, itemId, list, url, children, Optional.empty());
    }

    /** Checks that exactly one target is set and copies the children. */
    public MenuEntry {
        Objects.requireNonNull(label, "label");
        itemId.ifPresent(id -> Slugs.requireSlug(id, "menu target item id"));
        int targets =
                (itemId.isPresent() ? 1 : 0)
                        + (list.isPresent() ? 1 : 0)
                        + (url.isPresent() ? 1 : 0);
        if (targets != 1) {
            throw new IllegalArgumentException(
                    "a menu entry needs exactly one target, an item id, a list or a URL: " + label);
        }
        children = List.copyOf(children);
        Objects.requireNonNull(icon, "icon");
        icon.ifPresent(name -> Slugs.requireSlug(name, "menu entry icon"));
    }

    /**
     * Returns a copy with an icon beside its label.
     *
     * @param name the icon's name
     * @return the copy
     */
    public MenuEntry withIcon(String name) {
        return new MenuEntry(label, itemId, list, url, children, Optional.of(name));
    }

    /**
     * Creates an entry that opens an item.
     *
     * @param label the label
     * @param itemId the item id
     * @param children sub-entries
     * @return the entry
     */
    public static MenuEntry toItem(LocalizedText label, String itemId, MenuEntry... children) {
        return new MenuEntry(
                label, Optional.of(itemId), Optional.empty(), Optional.empty(), List.of(children));
    }

    /**
     * Creates an entry that opens a URL.
     *
     * @param label the label
     * @param url the URL
     * @param children sub-entries
     * @return the entry
     */
    public static MenuEntry toUrl(LocalizedText label, String url, MenuEntry... children) {
        return new MenuEntry(
                label, Optional.empty(), Optional.empty(), Optional.of(url), List.of(children));
    }

    /**
     * Creates an entry that opens the list of one item type.
     *
     * @param label the label
     * @param type the item type
     * @param children sub-entries
     * @return the entry
     */
    public static MenuEntry toList(LocalizedText label, ItemType type, MenuEntry... children) {
        return new MenuEntry(
                label, Optional.empty(), Optional.of(type), Optional.empty(), List.of(children));
    }
}
