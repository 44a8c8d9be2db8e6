package dev.vigil.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CSV form of a watchlist: a header row naming the columns (id, name, type, aliases, exclude,
 * exclude-window), then one entity a row. Aliases and exclusions are separated by "|" inside their
 * cell, since commas occur in names. Fields may be double-quoted ("" is a quote).
 */
final class WatchlistCsv {
  private WatchlistCsv() {}

  static List<Map<String, Object>> rows(String text, String where, List<String> problems) {
    List<List<String>> records = parse(text.startsWith("\uFEFF") ? text.substring(1) : text);
    List<Map<String, Object>> out = new ArrayList<>();
    if (records.isEmpty()) {
      return out;
    }
    List<String> header = records.get(0).stream().map(String::strip).toList();
    for (int r = 1; r < records.size(); r++) {
      List<String> cells = records.get(r);
      if (cells.size() == 1 && cells.get(0).isBlank()) {
        continue;
      }
      if (cells.size() > header.size()) {
        problems.add(
            where
                + "line "
                + (r + 1)
                + ": "
                + cells.size()
                + " cells but the header has "
                + header.size());
        continue;
      }
      Map<String, Object> row = new LinkedHashMap<>();
      for (int c = 0; c < cells.size(); c++) {
        String cell = cells.get(c).strip();
        boolean multi = header.get(c).equals("aliases") || header.get(c).equals("exclude");
        row.put(header.get(c), multi ? split(cell) : cell);
      }
      row.put(" where", "line " + (r + 1));
      out.add(row);
    }
    return out;
  }

  private static List<String> split(String cell) {
    return cell.isEmpty()
        ? List.of()
        : Arrays.stream(cell.split("\\|")).map(String::strip).toList();
  }

  /** RFC 4180 records; a quoted field may hold commas and line breaks. */
  static List<List<String>> parse(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        record.add(field.toString());
        field.setLength(0);
        records.add(record);
        record = new ArrayList<>();
      } else {
        field.append(c);
      }
    }
    if (field.length() > 0 || !record.isEmpty()) {
      record.add(field.toString());
      records.add(record);
    }
    return records;
  }
}
