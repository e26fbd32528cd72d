/**
 * The home page: a dashboard per role with real counts from the other modules.
 */
package vn.thidua.home;
