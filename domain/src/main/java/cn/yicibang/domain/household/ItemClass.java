package cn.yicibang.domain.household;

/** Major items go up an approval chain; minor items are decided at the station. */
public enum ItemClass {
  MAJOR,
  MINOR
}
