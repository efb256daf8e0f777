/**
 * Files in and out: inputs refused before they are read when they could hang or exhaust memory, outputs written whole or not at all and never over an input.
 * Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package io.github.shuiyuan.core.io;

import org.jspecify.annotations.NullMarked;
