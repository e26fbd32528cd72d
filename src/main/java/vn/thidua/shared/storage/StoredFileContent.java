package vn.thidua.shared.storage;

import java.io.InputStream;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The content of a stored file, fetched a piece at a time with {@code substring} (the
 * column is stored uncompressed, so PostgreSQL reads only the piece asked for).
 */
final class StoredFileContent extends InputStream {

	private final JdbcClient jdbc;

	private final long id;

	private final long size;

	private final int chunk;

	private byte[] buffer = new byte[0];

	private int index;

	/** Bytes fetched so far. */
	private long fetched;

	StoredFileContent(JdbcClient jdbc, long id, long size, int chunk) {
		this.jdbc = jdbc;
		this.id = id;
		this.size = size;
		this.chunk = chunk;
	}

	@Override
	public int read() {
		if (!fill()) {
			return -1;
		}
		return this.buffer[this.index++] & 0xFF;
	}

	@Override
	public int read(byte[] target, int offset, int length) {
		if (length == 0) {
			return 0;
		}
		if (!fill()) {
			return -1;
		}
		int count = Math.min(length, this.buffer.length - this.index);
		System.arraycopy(this.buffer, this.index, target, offset, count);
		this.index += count;
		return count;
	}

	private boolean fill() {
		if (this.index < this.buffer.length) {
			return true;
		}
		if (this.fetched >= this.size) {
			return false;
		}
		byte[] piece = this.jdbc.sql(
				"select substring(content from cast(:from as integer) for cast(:length as integer)) from stored_file where id = :id")
			.param("from", this.fetched + 1)
			.param("length", this.chunk)
			.param("id", this.id)
			.query((rs, i) -> rs.getBytes(1))
			.optional()
			.orElse(new byte[0]);
		if (piece.length == 0) {
			// removed while being read: end here rather than loop
			this.fetched = this.size;
			return false;
		}
		this.buffer = piece;
		this.index = 0;
		this.fetched += piece.length;
		return true;
	}

}
