package fr.sesame.administrators;

/**
 * What {@code POST /api/administrators} answers: the person, and their link unless given a
 * password.
 */
record Invitation(Administrator administrator, PasswordLink passwordLink) {}
