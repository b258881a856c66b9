package cn.yicibang.reports.barcode;

import com.google.zxing.common.BitMatrix;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.BitSet;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.renderers.AbstractRenderer;
import net.sf.jasperreports.renderers.Graphics2DRenderable;

/**
 * Draws a grid of dark and light modules as filled rectangles.
 *
 * <p>Each horizontal run of dark modules becomes one rectangle and all rectangles go into one path
 * filled once, so adjacent modules leave no hairline seams when a viewer or printer anti-aliases
 * the edges. The modules are kept in a {@link BitSet} because a renderable must be serializable
 * (JasperReports may virtualize filled pages) and ZXing's matrix is not.
 */
final class ModuleMatrixRenderer extends AbstractRenderer implements Graphics2DRenderable {

  private static final long serialVersionUID = 1L;

  private final int columns;
  private final int rows;
  private final BitSet dark;

  /** True for QR codes: square modules, centred; false for 1-D codes: stretched to the box. */
  private final boolean squareModules;

  ModuleMatrixRenderer(BitMatrix matrix, boolean squareModules) {
    this.columns = matrix.getWidth();
    this.rows = matrix.getHeight();
    this.squareModules = squareModules;
    this.dark = new BitSet(columns * rows);
    for (int y = 0; y < rows; y++) {
      for (int x = 0; x < columns; x++) {
        if (matrix.get(x, y)) {
          dark.set(y * columns + x);
        }
      }
    }
  }

  @Override
  public void render(JasperReportsContext context, Graphics2D graphics, Rectangle2D box) {
    double moduleWidth = box.getWidth() / columns;
    double moduleHeight = box.getHeight() / rows;
    double left = box.getX();
    double top = box.getY();
    if (squareModules) {
      double module = Math.min(moduleWidth, moduleHeight);
      left += (box.getWidth() - module * columns) / 2;
      top += (box.getHeight() - module * rows) / 2;
      moduleWidth = module;
      moduleHeight = module;
    }
    Path2D.Double shape = new Path2D.Double(Path2D.WIND_NON_ZERO);
    for (int y = 0; y < rows; y++) {
      int rowStart = y * columns;
      int x = dark.nextSetBit(rowStart);
      while (x >= 0 && x < rowStart + columns) {
        int runEnd = Math.min(dark.nextClearBit(x), rowStart + columns);
        shape.append(
            new Rectangle2D.Double(
                left + (x - rowStart) * moduleWidth,
                top + y * moduleHeight,
                (runEnd - x) * moduleWidth,
                moduleHeight),
            false);
        x = dark.nextSetBit(runEnd);
      }
    }
    graphics.setColor(Color.BLACK);
    graphics.fill(shape);
  }
}
