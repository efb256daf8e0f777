/** Apache POI plumbing behind the report package: form specs, styles by role, hostile-file guards. */
package io.github.shuiyuan.report.internal;
