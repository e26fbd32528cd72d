/**
 * Year-end summaries (báo cáo tổng kết) and the national statistical forms 0601.N–0603.N
 * (Circular 02/2023/TT-BNV): figures of a year beside the previous years, read from what
 * the other modules publish, printed in the Decree 30 layout and exported; nothing here
 * writes another module's data.
 */
package vn.thidua.summary;
