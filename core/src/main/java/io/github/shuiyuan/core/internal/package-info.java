/**
 * Not API: plumbing the Shuiyuan modules share (the Jackson setup). Public only so that the other modules can
 * reach it; integrators must not use it, and an architecture test in each module holds that nothing outside the
 * library's own plumbing does.
 */
package io.github.shuiyuan.core.internal;
