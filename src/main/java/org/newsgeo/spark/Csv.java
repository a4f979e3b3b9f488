package org.newsgeo.spark;

import java.io.PrintStream;
import java.util.Iterator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** RFC 4180 CSV of a query result, streamed row by row. */
final class Csv {
    private Csv() {
    }

    static void write(Dataset<Row> df, PrintStream out) {
        String[] cols = df.columns();
        out.println(line(cols));
        Iterator<Row> it = df.toLocalIterator();
        while (it.hasNext()) {
            Row r = it.next();
            String[] cells = new String[cols.length];
            for (int i = 0; i < cols.length; i++) cells[i] = r.isNullAt(i) ? "" : cell(r.get(i));
            out.println(line(cells));
        }
    }

    static String cell(Object v) {
        if (v instanceof scala.collection.Seq<?> seq) {
            StringBuilder sb = new StringBuilder();
            seq.foreach(x -> sb.append(sb.length() == 0 ? "" : "|").append(x));
            return sb.toString();
        }
        return String.valueOf(v);
    }

    private static String line(String[] cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) sb.append(',');
            String c = cells[i];
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
                sb.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
