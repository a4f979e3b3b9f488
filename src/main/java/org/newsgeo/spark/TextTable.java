package org.newsgeo.spark;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** A query result as an aligned text table for the terminal; long cells are cut. */
final class TextTable {
    static final int MAX_CELL = 60;

    private TextTable() {
    }

    static void write(Dataset<Row> df, int maxRows, PrintStream out) {
        String[] cols = df.columns();
        List<String[]> rows = new ArrayList<>();
        List<Row> taken = df.limit(maxRows + 1).collectAsList();
        for (Row r : taken.subList(0, Math.min(maxRows, taken.size()))) {
            String[] cells = new String[cols.length];
            for (int i = 0; i < cols.length; i++) {
                String c = r.isNullAt(i) ? "NULL" : Csv.cell(r.get(i)).replace('\n', ' ');
                cells[i] = c.length() > MAX_CELL ? c.substring(0, MAX_CELL - 3) + "..." : c;
            }
            rows.add(cells);
        }
        int[] width = new int[cols.length];
        for (int i = 0; i < cols.length; i++) width[i] = cols[i].length();
        for (String[] r : rows) for (int i = 0; i < cols.length; i++) width[i] = Math.max(width[i], r[i].length());
        StringBuilder rule = new StringBuilder("+");
        for (int w : width) rule.append("-".repeat(w + 2)).append('+');
        out.println(rule);
        out.println(line(cols, width));
        out.println(rule);
        for (String[] r : rows) out.println(line(r, width));
        out.println(rule);
        if (taken.size() > maxRows) out.printf("only the first %d rows shown%n", maxRows);
    }

    private static String line(String[] cells, int[] width) {
        StringBuilder sb = new StringBuilder("|");
        for (int i = 0; i < cells.length; i++) {
            sb.append(' ').append(cells[i]).append(" ".repeat(width[i] - cells[i].length())).append(" |");
        }
        return sb.toString();
    }
}
