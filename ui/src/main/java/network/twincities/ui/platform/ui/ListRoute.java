package network.twincities.ui.platform.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * The route of a {@link ListPage}: takes the browser's title from it. The feature's view builds the
 * page and passes it to {@link #show(ListPage)} in its constructor.
 */
public abstract class ListRoute<T extends RegistryItem<T>> extends Composite<ListPage<T>> implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private ListPage<T> page;

    /** The page this route shows. */
    protected final void show(ListPage<T> page) {
        this.page = page;
    }

    /** The page, for views that add to it. */
    protected ListPage<T> page() {
        return page;
    }

    @Override
    protected ListPage<T> initContent() {
        return page;
    }

    @Override
    public String getPageTitle() {
        return page.pageTitle();
    }
}
