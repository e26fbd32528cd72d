/**
 * Emulation campaigns (phong trào, đợt thi đua): their organiser, scope (clusters and
 * units taking part), contents (nội dung) and indicators (chỉ tiêu), and their lifecycle
 * from draft to launched (phát động), closed and summarised (tổng kết). What may change
 * in each state is decided by {@link vn.thidua.campaign.Campaign} itself.
 */
package vn.thidua.campaign;
