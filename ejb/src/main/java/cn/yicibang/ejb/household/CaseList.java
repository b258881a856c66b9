package cn.yicibang.ejb.household;

import cn.yicibang.domain.household.ApplicationStatus;
import java.io.Serializable;
import java.util.Map;

/** A list of cases read a page at a time, filtered and sorted by the database. */
public final class CaseList {

  /** The columns a list may be sorted by, and what each sorts on. */
  static final Map<String, String> SORTS =
      Map.of(
          "acceptanceNo", "a.acceptanceNo",
          "personName", "p.name",
          "status", "a.status",
          "dueOn", "a.dueOn",
          "createdAt", "a.createdAt");

  private CaseList() {}

  /**
   * What a list asks for.
   *
   * @param text a number or a name, or how it begins (blank for all)
   * @param status one status only, or null for all
   * @param sortField one of the columns that sort, or null for open ones first, newest first
   */
  public record Query(
      String text,
      ApplicationStatus status,
      int first,
      int size,
      String sortField,
      boolean ascending)
      implements Serializable {}
}
