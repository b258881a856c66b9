/** A user's own account: the change of password. */
package cn.yicibang.web.account;
