package cn.yicibang.domain;

import java.util.Objects;

/**
 * An argument of a {@link BusinessException} that is itself a message key — the name of a field,
 * say — so that the sentence names the field in the user's language, not by its key.
 */
public record Label(String key) {

  public Label {
    Objects.requireNonNull(key, "key");
  }

  /** The name of an enum value in the user's language ({@code enum.RegisterItem.NAME}, say). */
  public static Label of(Enum<?> value) {
    return new Label("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
  }

  @Override
  public String toString() {
    return key;
  }
}
