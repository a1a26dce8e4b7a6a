## Lesson texts (en): a file of their own, fetched when lessons are first opened.
