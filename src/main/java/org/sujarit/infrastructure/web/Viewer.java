package org.sujarit.infrastructure.web;

/** Who is looking at a page, as the layout's menus need it (see {@link ViewModelAdvice}). */
public record Viewer(boolean signedIn, boolean platformAdmin, boolean oversight) {
}
