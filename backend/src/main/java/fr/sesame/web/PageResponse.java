package fr.sesame.web;

import java.util.List;

/** One page of a list: {@code {"items":[…],"total":123,"page":0,"size":50}}. */
public record PageResponse<T>(List<T> items, long total, int page, int size) {}
