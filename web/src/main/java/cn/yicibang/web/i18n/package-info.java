/** Access to the message bundle outside pages. */
package cn.yicibang.web.i18n;
