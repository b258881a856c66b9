/**
 * QR codes and Code128 barcodes for the official forms, drawn as vector shapes.
 *
 * <p>ZXing computes the modules; {@link cn.yicibang.reports.barcode.Barcodes} hands them to
 * JasperReports as a {@link net.sf.jasperreports.renderers.Graphics2DRenderable}, so the PDF
 * exporter draws filled rectangles instead of embedding a bitmap: the codes stay sharp on any
 * printer and scan back from a 200 dpi copy. The jasperreports-barcode4j module was rejected: it
 * stops at 7.0.3, trips the 7.0.6 deserialization filter and its SVG path made forms ~5x slower.
 */
package cn.yicibang.reports.barcode;
