package network.twincities.ui.platform.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * The route of a {@link ListPage}: takes the browser's title from it, and shows the list as its
 * address's query says (search, filters, sort, tab), so that a list can be bookmarked, shared and
 * reached again with the back button. The feature's view builds the page and passes it to {@link
 * #show(ListPage)} in its constructor.
 */
public abstract class ListRoute<T extends RegistryItem<T>> extends Composite<ListPage<T>>
        implements HasDynamicTitle, BeforeEnterObserver {

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
    public void beforeEnter(BeforeEnterEvent event) {
        page.restore(event.getLocation().getPath(), event.getLocation().getQueryParameters());
    }

    @Override
    public String getPageTitle() {
        return page.pageTitle();
    }
}
