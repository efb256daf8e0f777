/** Evidence (佐证材料): photos before and after, videos, plans, approvals, demolition records. */
package io.github.shuiyuan.core.evidence;
