package ru.gramota.admin;

import java.io.Serializable;

/** An organisation in the tree, and whether organisations hang under it. */
public record OrganisationBranch(OrganisationView organisation, boolean hasChildren) implements Serializable {}
