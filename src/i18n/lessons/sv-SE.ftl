## Lesson texts (sv-SE): a file of their own, fetched when lessons are first opened.
