package io.github.shuiyuan.core.evidence;

import io.github.shuiyuan.core.Labeled;

/**
 * The kind of a piece of evidence (佐证材料).
 *
 * <p>Immutable and thread-safe.
 */
public enum EvidenceKind implements Labeled {
    PHOTO_BEFORE("整治前照片"),
    PHOTO_AFTER("整治后照片"),
    VIDEO("视频"),
    PLAN("整改方案"),
    DEMOLITION_RECORD("拆除记录"),
    APPROVAL("批复文件"),
    OTHER_DOCUMENT("其他文件");

    private final String label;

    EvidenceKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
