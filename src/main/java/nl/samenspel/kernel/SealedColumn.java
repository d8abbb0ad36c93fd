package nl.samenspel.kernel;

/**
 * A column another module seals with {@link Encryption}, with the row's id as the associated data. Declared as a bean,
 * it is covered by the nightly resealing after a key rotation, like the children's health information.
 *
 * @param table the table
 * @param idColumn the row's id column, the value {@code seal} was given as its owner
 * @param column the sealed column
 */
public record SealedColumn(String table, String idColumn, String column) {

	public SealedColumn {
		for (var name : new String[] { table, idColumn, column }) {
			if (!name.matches("[a-z_]+")) {
				throw new IllegalArgumentException("not a plain SQL name: " + name);
			}
		}
	}
}
