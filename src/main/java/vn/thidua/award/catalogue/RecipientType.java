package vn.thidua.award.catalogue;

/** Whether a title or form is given to a person (cá nhân) or a collective (tập thể). */
public enum RecipientType {

	INDIVIDUAL, COLLECTIVE

}
