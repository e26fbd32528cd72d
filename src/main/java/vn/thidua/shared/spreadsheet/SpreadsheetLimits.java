package vn.thidua.shared.spreadsheet;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The hard limits of an uploaded workbook ({@code thidua.spreadsheet.*}). Each is checked
 * while the file is inflated and scanned, before it is parsed into cells, so that a small
 * file that would expand into gigabytes or millions of rows is refused at once.
 *
 * @param maxFileSize the uploaded file itself (10 MB)
 * @param maxInflatedSize all zip entries together once inflated (50 MB)
 * @param maxInflateRatio inflated bytes per uploaded byte, beyond the first megabyte of
 * inflated content (100; ordinary workbooks stay well below 20)
 * @param maxEntries zip entries (500; a workbook has a dozen or two)
 * @param maxRows rows of a sheet, blank rows included (10,000)
 * @param maxColumns columns of a sheet, blank cells included (256)
 * @param maxCellLength characters of one cell's text (32,767, Excel's own limit)
 * @param maxNumberLength characters of a number cell's value as stored (30)
 * @param maxNumberExponent the power of ten of a number cell, either way (30): 1E+1000000
 * is refused rather than written out
 */
@ConfigurationProperties("thidua.spreadsheet")
public record SpreadsheetLimits(@DefaultValue("10MB") DataSize maxFileSize,
		@DefaultValue("50MB") DataSize maxInflatedSize, @DefaultValue("100") int maxInflateRatio,
		@DefaultValue("500") int maxEntries, @DefaultValue("10000") int maxRows, @DefaultValue("256") int maxColumns,
		@DefaultValue("32767") int maxCellLength, @DefaultValue("30") int maxNumberLength,
		@DefaultValue("30") int maxNumberExponent) {

	/** The defaults, for code and tests that run without Spring. */
	public static SpreadsheetLimits defaults() {
		return new SpreadsheetLimits(DataSize.ofMegabytes(10), DataSize.ofMegabytes(50), 100, 500, 10_000, 256, 32_767,
				30, 30);
	}

	/** The file size limit in whole megabytes, for messages. */
	public long maxFileMegabytes() {
		return this.maxFileSize.toMegabytes();
	}

}
