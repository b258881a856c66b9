package cn.yicibang.ejb.lists;

import java.io.Serializable;
import java.util.List;

/**
 * One page of a list, and how many rows the whole list has.
 *
 * @param <T> a row
 */
public record Page<T>(List<T> rows, long total) implements Serializable {

  /** The longest page a list hands out. */
  public static final int MAX = 200;

  /** A page size a caller asked for, kept between 1 and {@link #MAX}. */
  public static int size(int asked) {
    return Math.max(1, Math.min(asked, MAX));
  }
}
