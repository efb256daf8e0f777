/**
 * Validation of a case file, however it was made: {@link io.github.shuiyuan.core.validation.CaseFileValidator}, and
 * the errors it reports, each with its JSON path, a stable code and Chinese and English messages.
 */
package io.github.shuiyuan.core.validation;
