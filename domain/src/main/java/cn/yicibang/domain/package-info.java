/**
 * The domain layer: entities, value objects and the rules they guard. Nothing here opens a
 * transaction or knows about pages; the exceptions carry message keys, not sentences.
 */
package cn.yicibang.domain;
