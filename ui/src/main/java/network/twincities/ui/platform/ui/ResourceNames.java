package network.twincities.ui.platform.ui;

import java.util.regex.Pattern;

/**
 * How a resource of the registry names the parts of its pages, from its name in the singular
 * ({@code organization}) and in the plural ({@code organizations}): the element ids the browser
 * tests find ({@code organization-create}, {@code organizations-grid}) and the translation keys
 * ({@code organizations.title}, {@code organization.create}, {@code organization.edit}).
 */
public record ResourceNames(String one, String many) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z-]*");

    public ResourceNames {
        if (one == null
                || !NAME.matcher(one).matches()
                || many == null
                || !NAME.matcher(many).matches()) {
            throw new IllegalArgumentException("names are lowercase words: " + one + ", " + many);
        }
        if (one.equals(many)) {
            throw new IllegalArgumentException("the singular and the plural must differ: " + one);
        }
    }

    /** The id of a part of one resource's page or form: {@code organization-edit}. */
    public String id(String part) {
        return one + "-" + part;
    }

    /** The id of a part of the list: {@code organizations-grid}, {@code organizations-view}. */
    public String listId(String part) {
        return many + "-" + part;
    }

    /** The translation key of the list's title: {@code organizations.title}. */
    public String titleKey() {
        return many + ".title";
    }

    /** A translation key of one resource: {@code organization.create}, {@code organization.edit}. */
    public String key(String part) {
        return one + "." + part;
    }
}
