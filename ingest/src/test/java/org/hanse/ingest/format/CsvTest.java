package org.hanse.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class CsvTest {
  @Test
  void quotedFieldsMaySpanLinesAndRecordsKeepTheLineTheyStartOn() {
    Csv.Parsed p = Csv.parse("a,b\r\n\"x\ny\",\"q\"\"q\"\n\n3,\n", ',', "f.csv");
    assertThat(p.problems()).isEmpty();
    assertThat(p.records()).containsExactly(
        new CsvRecord(1, List.of("a", "b")),
        new CsvRecord(2, List.of("x\ny", "q\"q")),
        new CsvRecord(5, List.of("3", "")));
  }

  @Test
  void strayQuotesAreReportedNotRepaired() {
    Csv.Parsed p = Csv.parse("a,b\nx\"y,\"z\"w\n", ',', "f.csv");
    assertThat(p.problems()).containsExactly(
        new Problem("f.csv", 2, "", "", "a quote inside unquoted field 1 (quote the field and double the quote)"),
        new Problem("f.csv", 2, "", "", "text after the closing quote of field 2 (quotes inside a field must be doubled)"));
  }

  @Test
  void byteOrderMarkIsSkipped() {
    assertThat(Csv.parse("\uFEFFid\n1\n", ',', "f.csv").records().get(0).fields()).containsExactly("id");
  }

  @RepeatedTest(50)
  void anyFieldsSurviveWritingAndParsing(RepetitionInfo info) throws Exception {
    Random r = new Random(info.getCurrentRepetition());
    String[] pieces = {"a", ",", "\"", "\n", "\r\n", "\r", " ", "北京", "", "x y", "\t", "é"};
    List<List<String>> records = new ArrayList<>();
    for (int k = 0; k < 1 + r.nextInt(10); k++) {
      List<String> rec = new ArrayList<>();
      int width = 2 + r.nextInt(4);
      for (int c = 0; c < width; c++) {
        StringBuilder s = new StringBuilder();
        for (int j = 0; j < r.nextInt(5); j++) {
          s.append(pieces[r.nextInt(pieces.length)]);
        }
        rec.add(s.toString());
      }
      records.add(rec);
    }
    StringWriter out = new StringWriter();
    for (List<String> rec : records) {
      Csv.writeRecord(out, rec);
    }
    Csv.Parsed p = Csv.parse(out.toString(), ',', "f.csv");
    assertThat(p.problems()).isEmpty();
    assertThat(p.records().stream().map(CsvRecord::fields).toList()).isEqualTo(records);
  }

  @Test
  void numbersAreWrittenShortAndReadBackExactly() {
    assertThat(Numbers.format(3.0)).isEqualTo("3");
    assertThat(Numbers.format(0.1)).isEqualTo("0.1");
    assertThat(Numbers.format(-0.0)).isEqualTo("-0.0");
    Random r = new Random(11);
    for (int k = 0; k < 10_000; k++) {
      double v = Double.longBitsToDouble(r.nextLong());
      if (Double.isFinite(v)) {
        assertThat(Double.parseDouble(Numbers.format(v))).isEqualTo(v);
      }
    }
  }
}
