/** The datasource and the schema migrations. */
package cn.yicibang.ejb.database;
