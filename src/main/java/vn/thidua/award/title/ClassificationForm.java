package vn.thidua.award.title;

import jakarta.validation.constraints.NotNull;

/** The unit officer's classification of an officer for the year. */
public record ClassificationForm(@NotNull TaskClass classification) {

}
