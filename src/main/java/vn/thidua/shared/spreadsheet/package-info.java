/**
 * Importing spreadsheets: an XLSX upload is checked against hard limits (file size,
 * inflated size and ratio of its zip entries, rows, columns, cell text, numbers) before
 * any costly parsing, then read into rows that a module validates with its own rules, and
 * shown as a preview of every row's errors before an all-or-nothing confirmation.
 */
package vn.thidua.shared.spreadsheet;
