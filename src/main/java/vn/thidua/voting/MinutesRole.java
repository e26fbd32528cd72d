package vn.thidua.voting;

/**
 * Who signs the minutes of a review session: the chair (chủ tọa, the commander of the
 * cluster's head unit) and the secretary (thư ký), two different people.
 */
public enum MinutesRole {

	CHAIR, SECRETARY

}
