package cn.yicibang.web.lists;

import cn.yicibang.ejb.lists.Page;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A table's rows, a page at a time, as a service hands them out: the page asked for, sorted by the
 * column clicked (its name, or the accessor its sort expression names: {@code #{c.dueOn()}} sorts
 * by {@code dueOn}). The filters are the page's own fields, which the loader reads.
 *
 * @param <T> a row
 */
public final class PagedList<T> extends LazyDataModel<T> {

  @Serial private static final long serialVersionUID = 1L;

  private static final Pattern ACCESSOR = Pattern.compile("\\.(\\w+)\\(\\)");

  /** Reads one page: from the first row, so many rows, sorted by a column (or null) up or down. */
  @FunctionalInterface
  public interface Loader<T> extends Serializable {
    Page<T> load(int first, int size, String sortField, boolean ascending);
  }

  /** A row's key, unique in the list. */
  @FunctionalInterface
  public interface Key<T> extends Serializable {
    String of(T row);
  }

  private final Loader<T> loader;
  private final Key<T> key;

  public PagedList(Loader<T> loader, Key<T> key) {
    this.loader = loader;
    this.key = key;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return rows(loader.load(0, 1, null, true).total());
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
    boolean sorted = sort != null && sort.getOrder() != SortOrder.UNSORTED;
    Page<T> page =
        loader.load(
            first,
            pageSize,
            sorted ? column(sort) : null,
            sorted && sort.getOrder() == SortOrder.ASCENDING);
    setRowCount(rows(page.total()));
    return page.rows();
  }

  @Override
  public String getRowKey(T row) {
    return key.of(row);
  }

  @Override
  public T getRowData(String rowKey) {
    List<T> shown = getWrappedData();
    return shown == null
        ? null
        : shown.stream().filter(r -> key.of(r).equals(rowKey)).findFirst().orElse(null);
  }

  private static String column(SortMeta sort) {
    if (sort.getField() != null && !sort.getField().isBlank()) {
      return sort.getField().replace("()", "");
    }
    String expression = sort.getSortBy() == null ? "" : sort.getSortBy().getExpressionString();
    Matcher m = ACCESSOR.matcher(expression);
    return m.find() ? m.group(1) : null;
  }

  private static int rows(long total) {
    return (int) Math.min(Integer.MAX_VALUE, total);
  }
}
