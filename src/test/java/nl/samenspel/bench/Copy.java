package nl.samenspel.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * One {@code COPY table (columns) FROM STDIN} in PostgreSQL's text format: values are appended field by field, a row
 * ends with {@link #end()}. A connection runs one COPY at a time, so a copy that is written while others are open
 * keeps its rows in memory, in blocks of about a megabyte, and sends them when it is closed; one that streams (the
 * only one open) sends each block as it fills.
 */
final class Copy implements AutoCloseable {

	private static final int BLOCK = 1 << 20;

	private final Connection connection;
	private final String sql;
	private final java.util.List<byte[]> blocks = new java.util.ArrayList<>();
	private CopyIn in;
	private boolean closed;
	private final StringBuilder row = new StringBuilder(BLOCK + 4096);
	private boolean first = true;
	private long rows;

	Copy(Connection connection, String table, String columns, boolean stream) throws SQLException {
		this.connection = connection;
		this.sql = "copy " + table + " (" + columns + ") from stdin";
		if (stream) {
			start();
		}
	}

	private void start() throws SQLException {
		in = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
		for (var block : blocks) {
			in.writeToCopy(block, 0, block.length);
		}
		blocks.clear();
	}

	private void separate() {
		if (!first) {
			row.append('\t');
		}
		first = false;
	}

	/** A value written as it is: numbers, booleans, dates, times, UUIDs and codes (no tabs or backslashes). */
	Copy raw(Object value) {
		separate();
		if (value == null) {
			row.append("\\N");
		}
		else {
			row.append(value);
		}
		return this;
	}

	Copy id(UUID value) {
		return raw(value);
	}

	Copy text(String value) {
		separate();
		if (value == null) {
			row.append("\\N");
			return this;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> row.append("\\\\");
				case '\t' -> row.append("\\t");
				case '\n' -> row.append("\\n");
				case '\r' -> row.append("\\r");
				default -> row.append(c);
			}
		}
		return this;
	}

	Copy bool(boolean value) {
		return raw(value ? "t" : "f");
	}

	Copy number(long value) {
		separate();
		row.append(value);
		return this;
	}

	void end() throws SQLException {
		row.append('\n');
		first = true;
		rows++;
		if (row.length() >= BLOCK) {
			flush();
		}
	}

	private void flush() throws SQLException {
		var bytes = row.toString().getBytes(StandardCharsets.UTF_8);
		row.setLength(0);
		if (in == null) {
			blocks.add(bytes);
		}
		else {
			in.writeToCopy(bytes, 0, bytes.length);
		}
	}

	long rows() {
		return rows;
	}

	@Override
	public void close() throws SQLException {
		if (closed) {
			return;
		}
		closed = true;
		flush();
		if (in == null) {
			start();
		}
		in.endCopy();
	}
}
