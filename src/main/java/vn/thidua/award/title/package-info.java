/**
 * Yearly titles (danh hiệu thi đua hằng năm): the rules that propose each officer's and
 * each unit's title with the reasons ({@link vn.thidua.award.title.TitleRules}, pure
 * Java, thresholds as data; ADR 0014), the facts they read (classification, discipline,
 * investigations, recognised initiatives, past titles with the unit at the time), and the
 * unit's yearly list that the unit adjusts with reasons and its commander submits.
 * <p>
 * Published to the other modules as the named interface {@code title}: the demo province
 * records its facts through {@link vn.thidua.award.title.TitleFactsRecorder}.
 */
@org.springframework.modulith.NamedInterface("title")
package vn.thidua.award.title;
