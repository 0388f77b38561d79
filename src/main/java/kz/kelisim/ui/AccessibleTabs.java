package kz.kelisim.ui;

import com.vaadin.flow.component.tabs.TabSheet;

/**
 * A TabSheet whose tab list holds only tabs, as ARIA requires of a tablist: Vaadin's tabs wrap them
 * in a scroller made focusable by {@code tabindex="-1"}, which screen readers and axe-core then count
 * as a stray child of the list (a critical violation). The scroller stays a scroller; only its
 * tabindex goes, once the component has rendered.
 */
public class AccessibleTabs extends TabSheet {

    public AccessibleTabs() {
        addAttachListener(event -> getElement().executeJs("""
                customElements.whenDefined('vaadin-tabs').then(() => {
                  const tabs = this.querySelector('vaadin-tabs');
                  if (!tabs) return;
                  Promise.resolve(tabs.updateComplete).then(() => {
                    const scroller = tabs.shadowRoot && tabs.shadowRoot.querySelector('[part="tabs"]');
                    if (scroller) scroller.removeAttribute('tabindex');
                  });
                });
                """));
    }
}
