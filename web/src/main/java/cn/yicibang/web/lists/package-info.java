/** Work lists read a page at a time from the services, sorted and filtered by the database. */
package cn.yicibang.web.lists;
