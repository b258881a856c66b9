/** The page layout: language, logged-in user, menu. */
package cn.yicibang.web.layout;
