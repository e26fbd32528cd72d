package vn.thidua.shared.document;

/**
 * A signature block (thể thức chữ ký) at the end of a document: the capacity ("KT. GIÁM
 * ĐỐC"), the position ("PHÓ GIÁM ĐỐC") and the signer's name, each optional but the name.
 * The space for the handwritten signature and the seal is left between them.
 *
 * @param capacity the signing capacity (quyền hạn), e.g. "TM. ĐẢNG ỦY", or {@code null}
 * @param position the signer's position, e.g. "NGƯỜI LẬP"
 * @param name the signer's full name
 */
public record Signature(String capacity, String position, String name) {

	public String capacityCaps() {
		return this.capacity == null ? null
				: this.capacity.toUpperCase(vn.thidua.shared.text.VietnameseText.VIETNAMESE);
	}

	public String positionCaps() {
		return this.position == null ? null
				: this.position.toUpperCase(vn.thidua.shared.text.VietnameseText.VIETNAMESE);
	}

}
