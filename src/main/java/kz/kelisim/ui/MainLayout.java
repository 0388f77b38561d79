package kz.kelisim.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;
import kz.kelisim.security.KelisimPrincipal;
import kz.kelisim.ui.i18n.UiLanguage;

/**
 * The frame around every signed-in view: product name, language switcher and user menu in the
 * header; side navigation with only what the person's roles may open (views declare themselves
 * with {@code @Menu(title = "translation.key")}).
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    static final String PROFILE_ROUTE = "profile";

    private final AuthenticationContext authenticationContext;

    public MainLayout(AuthenticationContext authenticationContext, UiLanguage uiLanguage) {
        this.authenticationContext = authenticationContext;
        setPrimarySection(Section.DRAWER);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        // the header bar is the page's banner landmark; the view shown is its main landmark
        Header banner = new Header(toggle, brand(), spacer(), new LanguageSwitcher(uiLanguage), userMenu());
        banner.addClassName("app-banner");
        addToNavbar(banner);
        Scroller navigation = new Scroller(sideNavigation());
        navigation.addClassName("main-navigation");
        addToDrawer(navigation);
    }

    private RouterLink brand() {
        RouterLink brand = new RouterLink();
        brand.setRoute(DashboardView.class);
        brand.addClassName("brand");
        brand.add(new Span(getTranslation("app.name")));
        // the visible name first, so the name a screen reader or voice control hears contains what is seen
        brand.getElement().setAttribute("aria-label", getTranslation("app.brand.label", getTranslation("app.name")));
        return brand;
    }

    private static Div spacer() {
        Div spacer = new Div();
        spacer.addClassName("navbar-spacer");
        return spacer;
    }

    private SideNav sideNavigation() {
        SideNav nav = new SideNav();
        nav.getElement().setAttribute("aria-label", getTranslation("nav.label"));
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(null, entry.path());
            // the label in an element of its own, so a long one ("Менің сертификаттарым") wraps instead of
            // being cut by the item's own one-line style
            Span label = new Span(getTranslation(entry.title()));
            label.addClassName("nav-label");
            item.getElement().appendChild(label.getElement());
            if (entry.icon() != null && entry.icon().startsWith("vaadin:")) {
                item.setPrefixComponent(new Icon("vaadin", entry.icon().substring("vaadin:".length())));
            }
            nav.addItem(item);
        }
        return nav;
    }

    @Override
    public void showRouterLayoutContent(com.vaadin.flow.component.HasElement content) {
        super.showRouterLayoutContent(content);
        if (content != null) {
            content.getElement().setAttribute("role", "main");
        }
    }

    /**
     * Two letters that fit the circle: the first and the last word of the name as written
     * ("Әсел Нұрланқызы Жақсылықова": ӘЖ); Avatar's own abbreviation takes every word's letter.
     */
    static String initials(String fullName) {
        String[] words = fullName.strip().split("[\\s\\-]+");
        if (words.length == 0 || words[0].isEmpty()) {
            return "";
        }
        String first = words[0].substring(0, words[0].offsetByCodePoints(0, 1));
        if (words.length == 1) {
            return first.toUpperCase(java.util.Locale.ROOT);
        }
        String last = words[words.length - 1];
        return (first + last.substring(0, last.offsetByCodePoints(0, 1))).toUpperCase(java.util.Locale.ROOT);
    }

    private MenuBar userMenu() {
        MenuBar menu = new MenuBar();
        menu.setId("user-menu");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        String name = authenticationContext.getAuthenticatedUser(KelisimPrincipal.class)
                .map(KelisimPrincipal::fullName)
                .orElse("");
        Avatar avatar = new Avatar(name);
        avatar.setAbbreviation(initials(name));
        avatar.addClassName("user-avatar");
        MenuItem root = menu.addItem(avatar);
        root.getElement().setAttribute("aria-label", getTranslation("user-menu.label", name));
        SubMenu items = root.getSubMenu();
        Span who = new Span(name);
        who.addClassName("user-menu-name");
        items.addItem(who).setEnabled(false);
        items.addItem(getTranslation("user-menu.profile"), click -> UI.getCurrent().navigate(PROFILE_ROUTE));
        items.addItem(getTranslation("user-menu.logout"), click -> authenticationContext.logout());
        return menu;
    }
}
