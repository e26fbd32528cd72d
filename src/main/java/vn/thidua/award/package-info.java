/**
 * Titles and commendations (danh hiệu thi đua, hình thức khen thưởng): the catalogue of
 * titles, forms and kinds with their cash multiples and the base salary in force; the
 * yearly titles of every officer and unit with the rule that proposed each; award
 * decisions (quyết định khen thưởng) and the award records of units and officers, kept
 * readable after a unit is merged or dissolved.
 */
package vn.thidua.award;
