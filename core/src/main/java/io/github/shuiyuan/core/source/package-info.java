/** Water sources (水源地) and their protection zones (保护区): what is delineated (划) and marked (立). */
package io.github.shuiyuan.core.source;
