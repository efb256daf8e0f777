package io.github.shuiyuan.core;

/**
 * A named person: responsible person (责任人), leader in charge (分管领导), contact. Personal data: never disclosed.
 *
 * <p>Immutable and thread-safe.
 */
public record Person(@Required String id, String name, String unitId, String role, String phone) {

    /** A builder with every field absent; {@link Builder#build()} refuses one without its required fields. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this person's values: change some and build a new person. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.id = id;
        builder.name = name;
        builder.unitId = unitId;
        builder.role = role;
        builder.phone = phone;
        return builder;
    }

    /**
     * Builds a {@link Person} by named fields, so that no two values of one type can be swapped unseen. One setter
     * per component, named after it and taking what the record holds (null for absent); setting a field again
     * replaces its value. {@link #build()} refuses a person without {@code id}; checks across records (references,
     * dates in order) are {@link io.github.shuiyuan.core.validation.CaseFileValidator}'s. Not thread-safe: use a
     * builder from one thread.
     */
    public static final class Builder {

        private String id;
        private String name;
        private String unitId;
        private String role;
        private String phone;

        private Builder() {
        }

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder unitId(String unitId) {
            this.unitId = unitId;
            return this;
        }

        public Builder role(String role) {
            this.role = role;
            return this;
        }

        public Builder phone(String phone) {
            this.phone = phone;
            return this;
        }

        /**
         * The person.
         *
         * @throws IncompleteRecordException naming every required field left absent
         */
        public Person build() {
            return IncompleteRecordException.requireComplete(new Person(id, name, unitId, role, phone));
        }
    }
}
