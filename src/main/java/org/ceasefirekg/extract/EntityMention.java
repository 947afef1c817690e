package org.ceasefirekg.extract;

/**
 * A named entity CoreNLP found, with the title and affiliation written next to a person's name.
 *
 * @param sentence    index of its sentence
 * @param span        the name as written
 * @param type        CoreNLP's entity type (PERSON, ORGANIZATION, COUNTRY, CITY, ...)
 * @param role        a title before or beside a person's name ("Foreign Minister"), or null
 * @param affiliation the organization or nationality written with a person's name ("Russian"), or null
 */
public record EntityMention(int sentence, Span span, String type, String role, Span affiliation) {}
