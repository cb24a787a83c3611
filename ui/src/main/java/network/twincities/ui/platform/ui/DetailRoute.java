package network.twincities.ui.platform.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * The route of a {@link DetailPage} ({@code <resources>/:slug}): hands the page the slug of the
 * address and takes the browser's title from it. The feature's view builds the page and passes it
 * to {@link #show(DetailPage)} in its constructor.
 */
public abstract class DetailRoute<T extends RegistryItem<T>> extends Composite<DetailPage<T>>
        implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private DetailPage<T> page;

    /** The page this route shows. */
    protected final void show(DetailPage<T> page) {
        this.page = page;
    }

    @Override
    protected DetailPage<T> initContent() {
        return page;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        page.show(event.getRouteParameters().get("slug").orElse(""));
    }

    @Override
    public String getPageTitle() {
        return page.pageTitle();
    }
}
