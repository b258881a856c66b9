/** Printed forms: download, verification, and the messages for unprintable characters. */
package cn.yicibang.web.printing;
