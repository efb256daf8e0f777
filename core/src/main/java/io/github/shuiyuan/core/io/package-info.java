/** Files in and out: inputs refused before they are read when they could hang or exhaust memory, outputs written whole or not at all and never over an input. */
package io.github.shuiyuan.core.io;
