/**
 * What every feature may use: the rule-violation exception, the clock. Depends on no feature.
 */
package kz.kelisim.base;
