package ru.gramota.platform;

/**
 * A feature's settings, read once and checked when the application starts ({@link SettingsCheck}):
 * an implementation reads and parses all of them when it is created, and refuses a bad one with an
 * {@link InvalidSettingException}. Services inject it instead of reading configuration themselves.
 */
public interface CheckedSettings {

    /** The feature whose settings these are, for the start-up log, e.g. {@code access}. */
    String feature();
}
