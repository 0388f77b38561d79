/**
 * The shared frame of the UI: layout, sign-in page, start page, error pages, error handler and
 * languages. Features plug in through {@link kz.kelisim.ui.DashboardSection} and
 * {@link kz.kelisim.ui.i18n.LanguagePreference}; this package depends on no feature.
 */
package kz.kelisim.ui;
