package vn.thidua.shared.document;

/**
 * The page of every printed document, as Decree 30/2020/NĐ-CP (Nghị định về công tác văn
 * thư) prescribes for administrative documents: A4 portrait, margins top 20-25 mm, bottom
 * 20-25 mm, left 30-35 mm, right 15-20 mm. The application uses the smallest allowed
 * value of each margin. {@code static/css/document.css} repeats these numbers in its
 * {@code @page} rule (a test checks that the two agree).
 */
public final class DocumentPage {

	public static final int WIDTH_MM = 210;

	public static final int HEIGHT_MM = 297;

	public static final int MARGIN_TOP_MM = 20;

	public static final int MARGIN_RIGHT_MM = 15;

	public static final int MARGIN_BOTTOM_MM = 20;

	public static final int MARGIN_LEFT_MM = 30;

	/** The CSS shorthand of the margins, in the order top, right, bottom, left. */
	public static final String CSS_MARGIN = MARGIN_TOP_MM + "mm " + MARGIN_RIGHT_MM + "mm " + MARGIN_BOTTOM_MM + "mm "
			+ MARGIN_LEFT_MM + "mm";

	private DocumentPage() {
	}

}
