/** Environmental problems (环境问题) on the master list and the plans that fix them (治). */
package io.github.shuiyuan.core.problem;
