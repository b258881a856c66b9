package cn.yicibang.ejb.scan;

import java.io.Serializable;

/**
 * What a number names, as the page that shows it is addressed.
 *
 * @param kind what sort of thing it is
 * @param key how its page finds it: a case's or a person's id, a bundle's tracking number, a
 *     dispute's case number
 */
public record Target(Kind kind, String key) implements Serializable {

  /** The things a number on paper names. */
  public enum Kind {
    /** A station's application (an item change, a birth, a death, a move): its id. */
    CASE,
    /** A one-stop bundle application: its tracking number. */
    BUNDLE,
    /** A dispute handed to mediation: its case number. */
    DISPUTE,
    /** A resident's register record: the person's id. */
    PERSON
  }
}
