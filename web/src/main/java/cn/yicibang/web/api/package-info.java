/** The REST application and its error answers (problem details). */
package cn.yicibang.web.api;
