/**
 * The award catalogue: titles and forms of commendation with the authority that decides
 * them, the vote share they need and their cash multiple, each in force from a date; the
 * base salaries; and the one rule of cash amounts
 * ({@link vn.thidua.award.catalogue.CashAmount}).
 */
@org.springframework.modulith.NamedInterface("catalogue")
package vn.thidua.award.catalogue;
