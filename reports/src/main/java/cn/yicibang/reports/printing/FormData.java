package cn.yicibang.reports.printing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a caller fills into a form: text fields, detail rows and barcodes, each under the name the
 * template uses. A fluent builder for one thread; the accessors return unmodifiable views.
 *
 * <p>Keys are checked against the template when rendering: a key the template does not declare, or
 * a template parameter left unset, is refused, so a misspelt key cannot print an empty box on an
 * official form. Pass {@code null} or {@code ""} for a field that is blank on purpose.
 */
public final class FormData {

  private final Map<String, String> fields = new LinkedHashMap<>();
  private final Map<String, String> qrCodes = new LinkedHashMap<>();
  private final Map<String, String> code128s = new LinkedHashMap<>();
  private List<Map<String, String>> rows = List.of();

  private FormData() {}

  public static FormData create() {
    return new FormData();
  }

  /** A text parameter; {@code key} is the parameter name in the template, null becomes "". */
  public FormData field(String key, String value) {
    put(fields, key, value == null ? "" : value);
    return this;
  }

  /**
   * The detail rows, replacing any given before; in each row the keys are field names in the
   * template and a null value becomes "". A row may leave out columns, which print blank; a key
   * column (one whose values the template looks labels up by) must hold one of its keys.
   */
  public FormData rows(List<Map<String, String>> rows) {
    Objects.requireNonNull(rows, "rows");
    List<Map<String, String>> copy = new ArrayList<>(rows.size());
    for (Map<String, String> row : rows) {
      Map<String, String> values = new LinkedHashMap<>();
      row.forEach(
          (column, value) ->
              values.put(Objects.requireNonNull(column, "column"), value == null ? "" : value));
      copy.add(Collections.unmodifiableMap(values));
    }
    this.rows = Collections.unmodifiableList(copy);
    return this;
  }

  /** An image parameter showing {@code content} as a vector QR code. */
  public FormData qrCode(String key, String content) {
    put(qrCodes, key, Objects.requireNonNull(content, "content"));
    return this;
  }

  /** An image parameter showing {@code content} (printable ASCII) as a vector Code128 barcode. */
  public FormData code128(String key, String content) {
    put(code128s, key, Objects.requireNonNull(content, "content"));
    return this;
  }

  public Map<String, String> fields() {
    return Collections.unmodifiableMap(fields);
  }

  public List<Map<String, String>> rows() {
    return rows;
  }

  /** Parameter name to QR code content. */
  public Map<String, String> qrCodes() {
    return Collections.unmodifiableMap(qrCodes);
  }

  /** Parameter name to Code128 content. */
  public Map<String, String> code128s() {
    return Collections.unmodifiableMap(code128s);
  }

  /** One parameter holds one value: a key may be set again, but not as another kind. */
  private void put(Map<String, String> kind, String key, String value) {
    Objects.requireNonNull(key, "key");
    for (Map<String, String> other : List.of(fields, qrCodes, code128s)) {
      if (other != kind && other.containsKey(key)) {
        throw new IllegalArgumentException(
            "parameter \"" + key + "\" is already set as another kind");
      }
    }
    kind.put(key, value);
  }
}
