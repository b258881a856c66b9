package cn.yicibang.ejb.printing;

/** A rendered official form, ready to send to the clerk's browser. */
public record PrintedDocument(String fileName, String reference, byte[] pdf) {}
