/**
 * Demo mode's data: what a newcomer needs to see every feature work from the first start (README,
 * "Demo accounts"). Made as the demo people, through the same public services a browser uses, so
 * every rule and permission holds for it too; nothing else depends on this package.
 */
package kz.kelisim.demo;
