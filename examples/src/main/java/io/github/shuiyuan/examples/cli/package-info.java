/** The {@code shuiyuan} command line, built on the public API of core, rules and report. */
package io.github.shuiyuan.examples.cli;
