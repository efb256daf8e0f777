/** The case-file JSON: one configured Jackson setup, strict validation with paths, codes and Chinese messages. */
package io.github.shuiyuan.core.json;
