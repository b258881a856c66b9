/** Login for the pages (form) and for the API (HTTP Basic) against the database identity store. */
package cn.yicibang.web.security;
