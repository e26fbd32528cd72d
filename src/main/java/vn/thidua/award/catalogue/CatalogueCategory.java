package vn.thidua.award.catalogue;

/** A title (danh hiệu thi đua) or a form of commendation (hình thức khen thưởng). */
public enum CatalogueCategory {

	TITLE, FORM

}
