package io.github.shuiyuan.core;

import org.jspecify.annotations.Nullable;

/**
 * A named person: responsible person (责任人), leader in charge (分管领导), contact. Personal data: never disclosed.
 *
 * <p>Immutable and thread-safe.
 */
public record Person(@Required String id, @Nullable String name, @Nullable String unitId, @Nullable String role, @Nullable String phone) {

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

        private @Nullable String id;
        private @Nullable String name;
        private @Nullable String unitId;
        private @Nullable String role;
        private @Nullable String phone;

        private Builder() {
        }

        public Builder id(@Nullable String id) {
            this.id = id;
            return this;
        }

        public Builder name(@Nullable String name) {
            this.name = name;
            return this;
        }

        public Builder unitId(@Nullable String unitId) {
            this.unitId = unitId;
            return this;
        }

        public Builder role(@Nullable String role) {
            this.role = role;
            return this;
        }

        public Builder phone(@Nullable String phone) {
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
