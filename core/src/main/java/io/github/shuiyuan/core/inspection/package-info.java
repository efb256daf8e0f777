/** Inspections: routine patrols, look-backs (回头看), supervisory checks and sampling visits. */
package io.github.shuiyuan.core.inspection;
