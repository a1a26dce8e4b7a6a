//! The part of Project Fluent's syntax our `.ftl` files use, read and formatted here.
//!
//! The fluent-bundle crate was 88 KB of a 980 KB module (43 KB of 378 KB gzip) to format
//! one-line messages with `{ $name }` placeables and a plural select. What is read:
//!
//! ```ftl
//! # comments, blank lines
//! message-id = Text with { $name } placeables.
//! other-id = { $count ->
//!     [one] One item
//!     [0] No items
//!    *[other] { $count } items
//! }
//! ```
//!
//! Anything else (terms, attributes, message references, functions, string literals,
//! continuation lines) is a [`SyntaxError`] naming its line, never text that reads
//! differently from Fluent's: the native tests fail on any error, and `tests/i18n.rs`
//! checks that every message of every locale formats exactly as fluent-bundle formats it.
use std::borrow::Cow;

/// A message argument: text, or a number (numbers choose plural variants).
#[derive(Clone, Debug, PartialEq)]
pub enum Value<'a> {
    Text(Cow<'a, str>),
    Number(i64),
}

impl<'a> From<&'a str> for Value<'a> {
    fn from(text: &'a str) -> Self {
        Value::Text(Cow::Borrowed(text))
    }
}

impl<'a> From<&'a String> for Value<'a> {
    fn from(text: &'a String) -> Self {
        Value::Text(Cow::Borrowed(text))
    }
}

impl From<String> for Value<'_> {
    fn from(text: String) -> Self {
        Value::Text(Cow::Owned(text))
    }
}

impl<'a> From<Cow<'a, str>> for Value<'a> {
    fn from(text: Cow<'a, str>) -> Self {
        Value::Text(text)
    }
}

macro_rules! number_value {
    ($($t:ty),*) => {$(
        impl From<$t> for Value<'_> {
            fn from(n: $t) -> Self {
                Value::Number(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_value!(i32, i64, u8, u16, u32, u64, usize);

/// A line the reader could not take, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    /// 1-based.
    pub line: usize,
    pub problem: &'static str,
}

#[derive(Debug)]
enum Key<'s> {
    Name(&'s str),
    Number(i64),
}

#[derive(Debug)]
enum Element<'s> {
    Text(&'s str),
    Variable(&'s str),
    Select {
        selector: &'s str,
        variants: Vec<(Key<'s>, Vec<Element<'s>>)>,
        default: usize,
    },
}

/// One locale's messages, borrowed from its source text.
#[derive(Debug, Default)]
pub struct Resource<'s> {
    /// Sorted by id.
    messages: Vec<(&'s str, Vec<Element<'s>>)>,
}

type Failure = (usize, &'static str);

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// The identifier at the start of `s` and what follows it.
fn split_identifier(s: &str) -> (&str, &str) {
    let end = s
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .unwrap_or(s.len());
    s.split_at(end)
}

struct Reader<'s> {
    lines: Vec<&'s str>,
    /// Index of the next unread line.
    next: usize,
}

impl<'s> Reader<'s> {
    /// A pattern starting with `text`, which is on line `self.next - 1`; a select takes the
    /// lines after it up to its closing `}`. A variant's pattern (`in_variant`) is one line.
    fn pattern(
        &mut self,
        mut text: &'s str,
        in_variant: bool,
    ) -> Result<Vec<Element<'s>>, Failure> {
        let mut elements = Vec::new();
        loop {
            let line = self.next;
            let Some(open) = text.find(['{', '}']) else {
                if !text.is_empty() {
                    elements.push(Element::Text(text));
                }
                break;
            };
            if text[open..].starts_with('}') {
                return Err((line, "a `}` with no `{` before it"));
            }
            if open > 0 {
                elements.push(Element::Text(&text[..open]));
            }
            let inside = text[open + 1..].trim_start();
            let Some(variable) = inside.strip_prefix('$') else {
                return Err((
                    line,
                    "only `{ $name }` placeables and plural selects are read",
                ));
            };
            let (name, after) = split_identifier(variable);
            if !is_identifier(name) {
                return Err((line, "a `$` must be followed by a variable name"));
            }
            let after = after.trim_start();
            if let Some(rest) = after.strip_prefix('}') {
                elements.push(Element::Variable(name));
                text = rest;
            } else if let Some(rest) = after.strip_prefix("->") {
                if in_variant {
                    return Err((line, "a select inside a variant is not read"));
                }
                if !rest.trim().is_empty() {
                    return Err((line, "variants start on the line after `->`"));
                }
                let (select, rest) = self.select(name)?;
                elements.push(select);
                text = rest;
            } else {
                return Err((line, "a placeable must close with `}` on its line"));
            }
        }
        // Fluent drops the blanks that end a pattern.
        if let Some(Element::Text(last)) = elements.last_mut() {
            *last = last.trim_end();
            if last.is_empty() {
                elements.pop();
            }
        }
        Ok(elements)
    }

    /// The variant lines of a select on `selector`, through its closing `}`; returns the
    /// select and the text after the `}`.
    fn select(&mut self, selector: &'s str) -> Result<(Element<'s>, &'s str), Failure> {
        let opened = self.next;
        let mut variants = Vec::new();
        let mut defaults = Vec::new();
        loop {
            let Some(line) = self.lines.get(self.next).copied() else {
                return Err((opened, "a select is not closed with `}`"));
            };
            self.next += 1;
            let trimmed = line.trim_start();
            if trimmed.is_empty() {
                continue;
            }
            if let Some(rest) = trimmed.strip_prefix('}') {
                return match defaults.as_slice() {
                    [default] => Ok((
                        Element::Select {
                            selector,
                            variants,
                            default: *default,
                        },
                        rest,
                    )),
                    _ => Err((opened, "a select needs exactly one default variant `*[…]`")),
                };
            }
            let (is_default, rest) = match trimmed.strip_prefix('*') {
                Some(rest) => (true, rest),
                None => (false, trimmed),
            };
            let Some((key, value)) = rest.strip_prefix('[').and_then(|r| r.split_once(']')) else {
                return Err((
                    self.next,
                    "expected a variant `[key] text` or the select's `}`",
                ));
            };
            let key = key.trim();
            let key = if is_identifier(key) {
                Key::Name(key)
            } else if let Ok(n) = key.parse::<i64>() {
                Key::Number(n)
            } else {
                return Err((self.next, "a variant key is a name or a whole number"));
            };
            if is_default {
                defaults.push(variants.len());
            }
            let value = self.pattern(value.trim_start(), true)?;
            variants.push((key, value));
        }
    }
}

impl<'s> Resource<'s> {
    /// Reads `source`; lines it cannot read are left out and reported.
    pub fn parse(source: &'s str) -> (Resource<'s>, Vec<SyntaxError>) {
        let mut reader = Reader {
            lines: source.lines().collect(),
            next: 0,
        };
        let mut messages: Vec<(&'s str, usize, Vec<Element<'s>>)> = Vec::new();
        let mut errors = Vec::new();
        while let Some(line) = reader.lines.get(reader.next).copied() {
            reader.next += 1;
            let number = reader.next;
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let parsed = match line.split_once('=') {
                Some((id, value)) if is_identifier(id.trim_end()) => reader
                    .pattern(value.trim_start(), false)
                    .and_then(|p| match p.is_empty() {
                        true => Err((number, "a message needs a value")),
                        false => Ok((id.trim_end(), p)),
                    }),
                _ if line.starts_with(char::is_whitespace) => Err((
                    number,
                    "continuation lines are not read: keep a message on one line",
                )),
                _ => Err((number, "expected `message-id = text`")),
            };
            match parsed {
                Ok((id, pattern)) => messages.push((id, number, pattern)),
                Err((line, problem)) => {
                    errors.push(SyntaxError { line, problem });
                    // the rest of a broken entry is its indented lines
                    while reader
                        .lines
                        .get(reader.next)
                        .is_some_and(|l| l.starts_with(char::is_whitespace) || l.starts_with('}'))
                    {
                        reader.next += 1;
                    }
                }
            }
        }
        messages.sort_by_key(|(id, _, _)| *id);
        for pair in messages.windows(2) {
            if pair[0].0 == pair[1].0 {
                errors.push(SyntaxError {
                    line: pair[0].1.max(pair[1].1),
                    problem: "a message id is defined twice",
                });
            }
        }
        messages.dedup_by_key(|(id, _, _)| *id);
        errors.sort_by_key(|e| e.line);
        let messages = messages.into_iter().map(|(id, _, p)| (id, p)).collect();
        (Resource { messages }, errors)
    }

    fn find(&self, id: &str) -> Option<&[Element<'s>]> {
        let at = self.messages.binary_search_by(|(k, _)| (*k).cmp(id)).ok()?;
        Some(&self.messages[at].1)
    }

    pub fn has(&self, id: &str) -> bool {
        self.find(id).is_some()
    }

    /// The message ids, sorted.
    pub fn ids(&self) -> impl Iterator<Item = &'s str> + '_ {
        self.messages.iter().map(|(id, _)| *id)
    }

    /// Message `id` with `args`; `plural` names a number's plural category ("one", "other")
    /// and `number` writes a number into the text (the language's grouping: Fluent's own
    /// formatter's place). A missing argument reads `{$name}` and a select on it takes its
    /// default, as in Fluent.
    pub fn format(
        &self,
        id: &str,
        args: &[(&str, Value)],
        plural: impl Fn(i64) -> &'static str,
        number: impl Fn(i64) -> String,
    ) -> Option<String> {
        let mut out = String::new();
        let rules = NumberRules {
            plural: &plural,
            number: &number,
        };
        write(&mut out, self.find(id)?, args, &rules);
        Some(out)
    }
}

/// How a language selects on and writes numbers.
struct NumberRules<'f> {
    plural: &'f dyn Fn(i64) -> &'static str,
    number: &'f dyn Fn(i64) -> String,
}

fn write(out: &mut String, elements: &[Element], args: &[(&str, Value)], rules: &NumberRules) {
    let arg = |name: &str| args.iter().find(|(n, _)| *n == name).map(|(_, v)| v);
    for element in elements {
        match element {
            Element::Text(text) => out.push_str(text),
            Element::Variable(name) => match arg(name) {
                Some(Value::Text(text)) => out.push_str(text),
                Some(Value::Number(n)) => out.push_str(&(rules.number)(*n)),
                None => {
                    out.push_str("{$");
                    out.push_str(name);
                    out.push('}');
                }
            },
            Element::Select {
                selector,
                variants,
                default,
            } => {
                let chosen = match arg(selector) {
                    // an exact number first, then the plural category, in the variants' order
                    Some(Value::Number(n)) => variants.iter().position(|(key, _)| match key {
                        Key::Number(k) => k == n,
                        Key::Name(name) => *name == (rules.plural)(*n),
                    }),
                    Some(Value::Text(text)) => variants
                        .iter()
                        .position(|(key, _)| matches!(key, Key::Name(name) if name == text)),
                    None => None,
                };
                if let Some((_, pattern)) = variants.get(chosen.unwrap_or(*default)) {
                    write(out, pattern, args, rules);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn english_plural(n: i64) -> &'static str {
        if n == 1 {
            "one"
        } else {
            "other"
        }
    }

    fn read(source: &str) -> Resource<'_> {
        let (resource, errors) = Resource::parse(source);
        assert_eq!(errors, vec![], "{source}");
        resource
    }

    fn format(r: &Resource, id: &str, args: &[(&str, Value)]) -> String {
        r.format(id, args, english_plural, |n| n.to_string())
            .unwrap_or_default()
    }

    const PLURAL: &str = "
# a comment
items = { $count ->
    [one] One item
    [0] No items
   *[other] { $count } items
} in { $place }.
";

    #[test]
    fn placeables_take_their_arguments_and_a_missing_one_shows_its_name() {
        let r = read("hello = Hello, { $name }!   \nplain = Just text");
        assert_eq!(
            format(&r, "hello", &[("name", "Anna".into())]),
            "Hello, Anna!"
        );
        assert_eq!(format(&r, "hello", &[("name", 3.into())]), "Hello, 3!");
        assert_eq!(format(&r, "hello", &[]), "Hello, {$name}!");
        assert_eq!(format(&r, "plain", &[]), "Just text");
        assert!(r.has("plain") && !r.has("absent"));
        assert_eq!(
            r.format("absent", &[], english_plural, |n| n.to_string()),
            None
        );
    }

    #[test]
    fn a_select_takes_an_exact_number_then_the_plural_category_then_its_default() {
        let r = read(PLURAL);
        let with = |count: Value<'static>| {
            format(&r, "items", &[("count", count), ("place", "stock".into())])
        };
        assert_eq!(with(1.into()), "One item in stock.");
        assert_eq!(with(0.into()), "No items in stock.");
        assert_eq!(with(7.into()), "7 items in stock.");
        assert_eq!(with("one".into()), "One item in stock.");
        assert_eq!(with("many".into()), "many items in stock.");
        assert_eq!(format(&r, "items", &[]), "{$count} items in {$place}.");
    }

    #[test]
    fn syntax_outside_the_subset_is_an_error_on_its_line_and_other_messages_still_read() {
        let cases: [(&str, usize); 10] = [
            ("-term = Contoso", 1),
            ("ok = fine\n    .title = An attribute", 2),
            ("ok = fine\nbad = { other-message }", 2),
            ("bad = { \"literal\" }", 1),
            ("bad = { NUMBER($n) }", 1),
            ("bad = text }", 1),
            ("bad = { $n ->\n  [one] one\n  [other] other\n}", 1),
            ("bad = { $n ->\n  *[other] other\n", 1),
            ("bad = { $n ->\n  *[other] other\n  nonsense\n}", 3),
            ("bad =", 1),
        ];
        for (source, line) in cases {
            let (resource, errors) = Resource::parse(source);
            assert_eq!(errors.len(), 1, "{source}: {errors:?}");
            assert_eq!(errors[0].line, line, "{source}: {errors:?}");
            assert!(!resource.has("bad"), "{source}");
            assert_eq!(resource.has("ok"), source.starts_with("ok"), "{source}");
        }
    }

    #[test]
    fn a_broken_select_does_not_swallow_the_messages_after_it() {
        let (r, errors) = Resource::parse("bad = { $n ->\n  [one] one\n}\nnext = Next");
        assert_eq!(errors.len(), 1);
        assert_eq!(format(&r, "next", &[]), "Next");
    }

    #[test]
    fn a_duplicate_id_is_an_error_and_the_first_definition_stays() {
        let (r, errors) = Resource::parse("a = First\nb = B\na = Second");
        assert_eq!(
            errors,
            vec![SyntaxError {
                line: 3,
                problem: "a message id is defined twice"
            }]
        );
        assert_eq!(format(&r, "a", &[]), "First");
    }
}
