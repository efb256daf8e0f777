/**
 * Validation of a case file, however it was made: {@link io.github.shuiyuan.core.validation.CaseFileValidator}, and
 * the errors it reports, each with its JSON path, a stable code and Chinese and English messages. Nothing here is
 * null unless marked {@code @Nullable}.
 */
@NullMarked
package io.github.shuiyuan.core.validation;

import org.jspecify.annotations.NullMarked;
