/** MicroProfile Health checks. */
package cn.yicibang.web.health;
