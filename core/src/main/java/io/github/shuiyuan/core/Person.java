package io.github.shuiyuan.core;

/** A named person: responsible person (责任人), leader in charge (分管领导), contact. Personal data: never disclosed. */
public record Person(@Required String id, String name, String unitId, String role, String phone) {
}
