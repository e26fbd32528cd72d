package vn.thidua.campaign;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import vn.thidua.campaign.scoring.AdjustmentKind;
import vn.thidua.campaign.scoring.Direction;
import vn.thidua.campaign.scoring.ScoreAdjustment;
import vn.thidua.campaign.scoring.ScoringRule;
import vn.thidua.campaign.scoring.ScoringTable;
import vn.thidua.campaign.scoring.ZeroDenominator;

/**
 * A scoring table written as a canonical text: what a covenant signs, and what scores the
 * months it is in force. The text is the single source: the rules are read back from it,
 * so that what was signed is exactly what scores. Targets and floors are the signed
 * changes the scoring rules take (−5 for "giảm ≥ 5%"); numbers in plain form.
 *
 * @param text the canonical text
 * @param scale the scale (100, 1000 ...)
 * @param rules one rule per indicator, in the campaign's order
 * @param items the bonus and penalty items, in order
 * @param scalesToApplicable whether a unit's indicator points are scaled to the
 * indicators that apply to its kind
 */
public record SignedScoringTable(String text, BigDecimal scale, List<ScoringRule> rules, List<Item> items,
		boolean scalesToApplicable) {

	/**
	 * The first layout, without a word on scaling: the application did not scale when
	 * covenants signed it, so a table in this layout is read as not scaling. Texts
	 * already signed are kept as they are (their hashes are over the stored text), and
	 * read as what they meant when signed.
	 */
	static final String FORMAT_UNSCALED = "thidua-scoring-table/1";

	/**
	 * Written first, so that the layout can evolve: this layout always says whether the
	 * points are scaled ({@code scaling: on} or {@code off}).
	 */
	static final String FORMAT = "thidua-scoring-table/2";

	/** A bonus or penalty item with its name, points positive. */
	public record Item(String code, AdjustmentKind kind, BigDecimal points, String name) {

		public boolean isBonus() {
			return this.kind == AdjustmentKind.BONUS;
		}

	}

	/** The pure table that scores. */
	public ScoringTable toScoringTable() {
		return new ScoringTable(this.scale, this.rules,
				this.items.stream().map(i -> new ScoreAdjustment(i.code(), i.kind(), i.points())).toList(),
				this.scalesToApplicable);
	}

	/** The rule of an indicator by its code, or {@code null}. */
	public ScoringRule rule(String code) {
		return this.rules.stream().filter(r -> r.indicator().equals(code)).findFirst().orElse(null);
	}

	/** Writes a table over the given indicators as canonical text. */
	static SignedScoringTable write(CampaignScoringTable table, List<Indicator> indicators) {
		ScoringTable pure = table.toScoringTable(indicators);
		StringBuilder text = new StringBuilder();
		text.append("scoring-table: ").append(FORMAT).append('\n');
		text.append("scale: ").append(plain(pure.scale())).append('\n');
		text.append("scaling: ").append(pure.scalesToApplicable() ? "on" : "off").append('\n');
		for (ScoringRule rule : pure.rules()) {
			text.append("rule: ")
				.append(rule.indicator())
				.append(" | ")
				.append(rule.direction())
				.append(" | max=")
				.append(plain(rule.maxPoints()))
				.append(" | target=")
				.append(plain(rule.target()))
				.append(" | floor=")
				.append(plain(rule.floor()))
				.append(" | bonus=")
				.append(plain(rule.bonusPerUnit()))
				.append(" | cap=")
				.append(plain(rule.bonusCap()))
				.append(" | zero=")
				.append(rule.zeroDenominator())
				.append(" | wrong-way=")
				.append(rule.scoresWrongWay() ? "scored" : "zero")
				.append('\n');
		}
		for (ScoringTableItem item : table.getItems()) {
			text.append("item: ")
				.append(item.getCode())
				.append(" | ")
				.append(item.getKind())
				.append(" | ")
				.append(plain(item.getPoints()))
				.append(" | ")
				.append(item.getName().replace('\r', ' ').replace('\n', ' '))
				.append('\n');
		}
		return read(text.toString());
	}

	/** Reads a canonical text back. */
	public static SignedScoringTable read(String text) {
		BigDecimal scale = null;
		List<ScoringRule> rules = new ArrayList<>();
		List<Item> items = new ArrayList<>();
		boolean scales = false;
		for (String line : text.split("\n")) {
			if (line.startsWith("scaling: ")) {
				scales = "on".equals(line.substring(9));
			}
			else if (line.startsWith("scale: ")) {
				scale = number(line.substring(7));
			}
			else if (line.startsWith("rule: ")) {
				String[] f = line.substring(6).split(" \\| ");
				rules.add(new ScoringRule(f[0], Direction.valueOf(f[1]), number(value(f[2])), number(value(f[3])),
						number(value(f[4])), number(value(f[5])), number(value(f[6])),
						ZeroDenominator.valueOf(value(f[7])), "scored".equals(value(f[8]))));
			}
			else if (line.startsWith("item: ")) {
				String[] f = line.substring(6).split(" \\| ", 4);
				items.add(new Item(f[0], AdjustmentKind.valueOf(f[1]), number(f[2]), f[3]));
			}
		}
		return new SignedScoringTable(text, scale, List.copyOf(rules), List.copyOf(items), scales);
	}

	private static String value(String field) {
		return field.substring(field.indexOf('=') + 1);
	}

	private static BigDecimal number(String text) {
		return "-".equals(text) ? null : new BigDecimal(text);
	}

	private static String plain(BigDecimal value) {
		if (value == null) {
			return "-";
		}
		return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
	}

}
