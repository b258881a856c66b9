package cn.yicibang.domain.bundle;

import cn.yicibang.domain.BusinessException;
import java.io.Serial;
import java.util.List;

/** Materials on the one-time notification that the hall has not seen; nothing was saved. */
public class MissingMaterialsException extends BusinessException {

  @Serial private static final long serialVersionUID = 1L;

  private final transient List<String> materialCodes;

  public MissingMaterialsException(List<String> materialCodes) {
    super("bundle.materials.missing", materialCodes.size());
    this.materialCodes = List.copyOf(materialCodes);
  }

  public List<String> materialCodes() {
    return materialCodes;
  }
}
