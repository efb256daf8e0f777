/** How an integrator embeds the library: read a case file, build the engine once, assess as of a date. */
package io.github.shuiyuan.examples.embed;
