/**
 * The good-deed book (sổ việc tốt) and on-the-spot awards: a unit's commander or officer
 * records, from a phone, a deed of the unit's officers (a citizen's thank-you letter with
 * its scan, an on-the-spot reward, another good deed) within minutes; provincial staff of
 * the subtree record them too and may turn one into a one-off proposal dossier (Giấy
 * khen). The officer's and the unit's award records show the deeds.
 * <p>
 * Published as the named interface {@code deed}: the demo province records its letter
 * through {@link vn.thidua.award.deed.GoodDeedService}.
 */
@org.springframework.modulith.NamedInterface("deed")
package vn.thidua.award.deed;
