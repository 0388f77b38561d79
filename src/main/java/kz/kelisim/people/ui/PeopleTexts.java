package kz.kelisim.people.ui;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

import kz.kelisim.base.Language;
import kz.kelisim.security.Roles;
import kz.kelisim.seminar.ReferenceData.RegionNames;

/** How the people pages name roles, statuses and regions. */
final class PeopleTexts {

    private PeopleTexts() {
    }

    static String role(Component in, String role) {
        return in.getTranslation("role." + role.toLowerCase(Locale.ROOT));
    }

    static String roles(Component in, Collection<String> roles) {
        return Roles.ALL.stream().filter(roles::contains).map(role -> role(in, role)).collect(Collectors.joining(", "));
    }

    /** Region names in the reader's language, by id. */
    static Map<String, String> regionNames(Component in, List<RegionNames> regions) {
        Language language = Language.of(com.vaadin.flow.component.UI.getCurrent().getLocale()).orElse(Language.DEFAULT);
        return regions.stream().collect(Collectors.toMap(RegionNames::id, region -> switch (language) {
            case RU -> region.russian();
            case EN -> region.english();
            default -> region.kazakh();
        }));
    }

    /** A small badge: active, deactivated, anonymised, must change password. */
    static Span badge(Component in, String key, String theme) {
        Span badge = new Span(in.getTranslation(key));
        badge.getElement().getThemeList().add("badge " + theme);
        return badge;
    }
}
