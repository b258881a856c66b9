/** What a user sees when something goes wrong on a page. */
package cn.yicibang.web.errors;
