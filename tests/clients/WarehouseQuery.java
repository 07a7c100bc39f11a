import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;

/**
 * A JDBC client as BI tools use one: prints what the warehouse answers, tab-separated.
 *
 *   java WarehouseQuery URL query SQL [PARAMETER ...]   rows of a prepared statement; first line: column labels,
 *                                                       second line: their JDBC type names
 *   java WarehouseQuery URL tables SCHEMA              the tables and views the driver lists in SCHEMA
 *   java WarehouseQuery URL columns SCHEMA TABLE       the columns the driver lists, with their type names
 */
public class WarehouseQuery {
    public static void main(String[] args) throws SQLException {
        try (Connection connection = DriverManager.getConnection(args[0])) {
            switch (args[1]) {
                case "query" -> query(connection, args);
                case "tables" -> print(connection.getMetaData().getTables(null, args[2], "%", null), "TABLE_NAME", "TABLE_TYPE");
                case "columns" -> print(connection.getMetaData().getColumns(null, args[2], args[3], "%"), "COLUMN_NAME", "TYPE_NAME");
                default -> throw new IllegalArgumentException("unknown mode " + args[1]);
            }
        }
    }

    private static void query(Connection connection, String[] args) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(args[2])) {
            for (int i = 3; i < args.length; i++) {
                statement.setString(i - 2, args[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                ResultSetMetaData columns = rows.getMetaData();
                StringBuilder labels = new StringBuilder();
                StringBuilder types = new StringBuilder();
                for (int c = 1; c <= columns.getColumnCount(); c++) {
                    labels.append(c > 1 ? "\t" : "").append(columns.getColumnLabel(c));
                    types.append(c > 1 ? "\t" : "").append(columns.getColumnTypeName(c));
                }
                System.out.println(labels);
                System.out.println(types);
                while (rows.next()) {
                    StringBuilder line = new StringBuilder();
                    for (int c = 1; c <= columns.getColumnCount(); c++) {
                        String value = rows.getString(c);
                        line.append(c > 1 ? "\t" : "").append(value == null ? "NULL" : value);
                    }
                    System.out.println(line);
                }
            }
        }
    }

    private static void print(ResultSet rows, String first, String second) throws SQLException {
        try (rows) {
            while (rows.next()) {
                System.out.println(rows.getString(first) + "\t" + rows.getString(second));
            }
        }
    }
}
