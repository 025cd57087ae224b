package ru.gramota.access;

/**
 * A role, always granted within one organisation. The constant names are also the role names seen by
 * Jakarta Security ({@code @RolesAllowed}); the Russian names are for the user interface.
 */
public enum Role {
    REGISTRY_CLERK("Делопроизводитель"),
    EXECUTOR("Исполнитель"),
    MANAGER("Руководитель"),
    CONTROLLER("Контролёр"),
    ARCHIVIST("Архивист"),
    DISPATCH_ADMIN("Администратор рассылки"),
    SYSTEM_ADMIN("Администратор системы");

    private final String russianName;

    Role(String russianName) {
        this.russianName = russianName;
    }

    public String russianName() {
        return russianName;
    }

    /**
     * Whether the role works with an organisation's documents and correspondents. System and dispatch
     * administrators administer: they read neither documents nor citizens' personal data.
     */
    public boolean worksWithDocuments() {
        return this != SYSTEM_ADMIN && this != DISPATCH_ADMIN;
    }
}
