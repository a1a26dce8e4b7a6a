## Lesson texts (nl-NL): a file of their own, fetched when lessons are first opened.
