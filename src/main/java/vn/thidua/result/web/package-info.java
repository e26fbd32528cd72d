/**
 * The pages and the API of periodic results: report lists and pages, entry, review,
 * evidence, rankings, bulletin and the results API. They only call the module's services,
 * which check who may do what and own every statement.
 */
package vn.thidua.result.web;
