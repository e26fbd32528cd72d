/**
 * Printed documents: the Decree 30/2020 page and heading, rendering a template to an HTML
 * print view and to PDF with embedded fonts, and the download response.
 */
package vn.thidua.shared.document;
