package cn.yicibang.domain.registry;

/** Sex as the register and GB 11643-1999 know it: odd sequence numbers are male, even female. */
public enum Sex {
  MALE("1"),
  FEMALE("2");

  private final String gbCode;

  Sex(String gbCode) {
    this.gbCode = gbCode;
  }

  /** The GB/T 2261.1 code. */
  public String gbCode() {
    return gbCode;
  }

  static Sex ofSequence(int sequence) {
    return sequence % 2 == 1 ? MALE : FEMALE;
  }
}
