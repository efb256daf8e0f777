package io.github.shuiyuan.examples.cli;

/** How a command prints its result: a text for people, or JSON for machines. */
enum Format {
    TEXT,
    JSON
}
