//! The JSON form of an event: `{"type": "ReservationPurchased", …its fields}`, the form
//! every stored history, scenario file and share link holds.
//!
//! `Event` itself derives serde's default (externally tagged) form; `Recorded` writes and
//! reads its event through this module. serde's own internally tagged enums buffer every
//! event into an intermediate tree before reading it, which was about a fifth of the time
//! a large history took to load. Here, when "type" comes first (as this app writes it),
//! the fields are read straight into their variant; other key orders (a file edited by
//! hand) are buffered and read the same way, with the same errors.
use super::event::Event;
use serde::de::{self, DeserializeSeed, EnumAccess, MapAccess, VariantAccess, Visitor};
use serde::ser::{self, Impossible, Serialize, SerializeStruct, SerializeStructVariant};
use std::fmt;

const TAG: &str = "type";

pub fn serialize<S: ser::Serializer>(event: &Event, serializer: S) -> Result<S::Ok, S::Error> {
    event.serialize(TagFirst(serializer))
}

pub fn deserialize<'de, D: de::Deserializer<'de>>(deserializer: D) -> Result<Event, D::Error> {
    deserializer.deserialize_map(EventVisitor)
}

/// Writes a struct variant as a struct whose first field is the tag. Every event is a
/// struct variant, so the other shapes are refused.
struct TagFirst<S>(S);

/// The fields after the tag.
struct Fields<S>(S);

fn not_a_struct_variant<E: ser::Error>() -> E {
    E::custom("an event is always a struct variant")
}

impl<S: ser::Serializer> ser::Serializer for TagFirst<S> {
    type Ok = S::Ok;
    type Error = S::Error;
    type SerializeSeq = Impossible<S::Ok, S::Error>;
    type SerializeTuple = Impossible<S::Ok, S::Error>;
    type SerializeTupleStruct = Impossible<S::Ok, S::Error>;
    type SerializeTupleVariant = Impossible<S::Ok, S::Error>;
    type SerializeMap = Impossible<S::Ok, S::Error>;
    type SerializeStruct = Impossible<S::Ok, S::Error>;
    type SerializeStructVariant = Fields<S::SerializeStruct>;

    fn serialize_struct_variant(
        self,
        name: &'static str,
        _index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Self::SerializeStructVariant, S::Error> {
        let mut fields = self.0.serialize_struct(name, len + 1)?;
        fields.serialize_field(TAG, variant)?;
        Ok(Fields(fields))
    }

    fn serialize_bool(self, _: bool) -> Result<S::Ok, S::Error> {
        Err(not_a_struct_variant())
    }
    fn serialize_i8(self, _: i8) -> Result<S::Ok, S::Error> {
        Err(not_a_struct_variant())
    }
    fn serialize_i16(self, _: i16) -> Result<S::Ok, S::Error> {
        Err(not_a_struct_variant())
    }
    fn serialize_i32(self, _: i32) -> Result<S::Ok, S::Error> {
        Err(not_a_struct_variant())
    }
    fn serialize_i64(self, _: i64) -> Result<S::Ok, S::Error> {
        Err(not_a_struct_variant())
    }
    fn serialize_u8(self, _: u8) -> Result<S::Ok, S::Error> {
        Err(not_a_struct_variant())
    }
    fn serialize_u16(self, _: u16) -> Result<S::Ok, S::Error> {
        Err(not_a_struct_variant())
    }
    fn serialize_u32(self, _: u32) -> Result<S::Ok, S::Error> {
        Err(not_a_struct_variant())
    }
    fn serialize_u64(self, _: u64) -> Result<S::Ok, S::Error> {
        Err(not_a_struct_variant())
    }
    fn serialize_f32(self, _: f32) -> Result<S::Ok, S::Error> {
        Err(not_a_struct_variant())
    }
    fn serialize_f64(self, _: f64) -> Result<S::Ok, S::Error> {
        Err(not_a_struct_variant())
    }
    fn serialize_char(self, _: char) -> Result<S::Ok, S::Error> {
        Err(not_a_struct_variant())
    }
    fn serialize_str(self, _: &str) -> Result<S::Ok, S::Error> {
        Err(not_a_struct_variant())
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<S::Ok, S::Error> {
        Err(not_a_struct_variant())
    }
    fn serialize_none(self) -> Result<S::Ok, S::Error> {
        Err(not_a_struct_variant())
    }
    fn serialize_some<T: ?Sized + Serialize>(self, _: &T) -> Result<S::Ok, S::Error> {
        Err(not_a_struct_variant())
    }
    fn serialize_unit(self) -> Result<S::Ok, S::Error> {
        Err(not_a_struct_variant())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<S::Ok, S::Error> {
        Err(not_a_struct_variant())
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
    ) -> Result<S::Ok, S::Error> {
        Err(not_a_struct_variant())
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: &T,
    ) -> Result<S::Ok, S::Error> {
        Err(not_a_struct_variant())
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<S::Ok, S::Error> {
        Err(not_a_struct_variant())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, S::Error> {
        Err(not_a_struct_variant())
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, S::Error> {
        Err(not_a_struct_variant())
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, S::Error> {
        Err(not_a_struct_variant())
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, S::Error> {
        Err(not_a_struct_variant())
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, S::Error> {
        Err(not_a_struct_variant())
    }
    fn serialize_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStruct, S::Error> {
        Err(not_a_struct_variant())
    }
}

impl<S: SerializeStruct> SerializeStructVariant for Fields<S> {
    type Ok = S::Ok;
    type Error = S::Error;

    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), S::Error> {
        self.0.serialize_field(key, value)
    }

    fn end(self) -> Result<S::Ok, S::Error> {
        self.0.end()
    }
}

struct EventVisitor;

/// A key, compared with the tag without allocating when it is the tag.
enum Key {
    Tag,
    Other(String),
}

impl<'de> de::Deserialize<'de> for Key {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Key, D::Error> {
        struct KeyVisitor;
        impl Visitor<'_> for KeyVisitor {
            type Value = Key;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a field name")
            }
            fn visit_str<E: de::Error>(self, key: &str) -> Result<Key, E> {
                Ok(if key == TAG {
                    Key::Tag
                } else {
                    Key::Other(key.to_string())
                })
            }
        }
        deserializer.deserialize_identifier(KeyVisitor)
    }
}

impl<'de> Visitor<'de> for EventVisitor {
    type Value = Event;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an event: an object with a \"type\"")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Event, A::Error> {
        match map.next_key::<Key>()? {
            None => Err(de::Error::missing_field(TAG)),
            Some(Key::Tag) => de::Deserialize::deserialize(TaggedFields(map)),
            Some(Key::Other(first)) => {
                // Not written by this app: gather the object and read it again with the tag
                // first, through the same reader (as JSON text: one more instantiation of
                // the events' readers would cost kilobytes of download).
                let mut fields = serde_json::Map::new();
                fields.insert(first, map.next_value()?);
                while let Some((key, value)) = map.next_entry::<String, serde_json::Value>()? {
                    fields.insert(key, value);
                }
                let variant = match fields.remove(TAG) {
                    Some(serde_json::Value::String(variant)) => variant,
                    Some(other) => {
                        return Err(de::Error::invalid_type(
                            unexpected(&other),
                            &"the event's type name",
                        ))
                    }
                    None => return Err(de::Error::missing_field(TAG)),
                };
                let mut text = format!(
                    "{{{}:{}",
                    serde_json::Value::from(TAG),
                    serde_json::Value::from(variant)
                );
                for (key, value) in fields {
                    text.push(',');
                    text.push_str(&serde_json::Value::from(key).to_string());
                    text.push(':');
                    text.push_str(&value.to_string());
                }
                text.push('}');
                let mut reader = serde_json::Deserializer::from_str(&text);
                de::Deserializer::deserialize_map(&mut reader, EventVisitor)
                    .map_err(de::Error::custom)
            }
        }
    }
}

fn unexpected(value: &serde_json::Value) -> de::Unexpected<'_> {
    match value {
        serde_json::Value::Null => de::Unexpected::Unit,
        serde_json::Value::Bool(b) => de::Unexpected::Bool(*b),
        serde_json::Value::Number(_) => de::Unexpected::Other("a number"),
        serde_json::Value::String(s) => de::Unexpected::Str(s),
        serde_json::Value::Array(_) => de::Unexpected::Seq,
        serde_json::Value::Object(_) => de::Unexpected::Map,
    }
}

/// The rest of an event object after its tag, seen by `Event`'s derived reader as an
/// externally tagged enum: the tag's value names the variant, the remaining keys are its
/// fields.
struct TaggedFields<A>(A);

impl<'de, A: MapAccess<'de>> de::Deserializer<'de> for TaggedFields<A> {
    type Error = A::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, A::Error> {
        self.deserialize_enum("Event", &[], visitor)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, A::Error> {
        visitor.visit_enum(self)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes
        byte_buf option unit unit_struct newtype_struct seq tuple tuple_struct map struct
        identifier ignored_any
    }
}

impl<'de, A: MapAccess<'de>> EnumAccess<'de> for TaggedFields<A> {
    type Error = A::Error;
    type Variant = Self;

    fn variant_seed<V: DeserializeSeed<'de>>(
        mut self,
        seed: V,
    ) -> Result<(V::Value, Self), A::Error> {
        // the tag's value, read by the derived variant-name reader (no copy)
        let variant = self.0.next_value_seed(seed)?;
        Ok((variant, self))
    }
}

impl<'de, A: MapAccess<'de>> VariantAccess<'de> for TaggedFields<A> {
    type Error = A::Error;

    fn struct_variant<V: Visitor<'de>>(
        self,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, A::Error> {
        visitor.visit_map(self.0)
    }

    fn unit_variant(self) -> Result<(), A::Error> {
        Err(de::Error::invalid_type(
            de::Unexpected::UnitVariant,
            &"an event with fields",
        ))
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, _: T) -> Result<T::Value, A::Error> {
        Err(de::Error::invalid_type(
            de::Unexpected::NewtypeVariant,
            &"an event with fields",
        ))
    }

    fn tuple_variant<V: Visitor<'de>>(self, _: usize, _: V) -> Result<V::Value, A::Error> {
        Err(de::Error::invalid_type(
            de::Unexpected::TupleVariant,
            &"an event with fields",
        ))
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::demo;
    use crate::domain::Recorded;

    #[test]
    fn events_are_written_with_their_type_first_and_read_back() {
        let log = demo::demo().log;
        let json = serde_json::to_string(&log).expect("events serialize");
        assert!(json.starts_with(r#"[{"seq":1,"at":"#), "{}", &json[..80]);
        assert!(json.contains(r#""event":{"type":"PartnerUserAdded","user":"p1","#));
        let back: Vec<Recorded> = serde_json::from_str(&json).expect("and read back");
        assert_eq!(back, log);
    }

    #[test]
    fn the_type_may_come_anywhere_in_a_hand_written_file() {
        let json = r#"{"seq":1,"at":0,"actor":"Simulator","event":{"basis_points":1200,"type":"EarlyTerminationFeeSet"}}"#;
        let read: Recorded = serde_json::from_str(json).expect("type last");
        let again: Recorded =
            serde_json::from_value(serde_json::from_str(json).expect("json")).expect("value");
        assert_eq!(read, again);
        assert_eq!(
            serde_json::to_string(&read.event).ok(),
            Some(r#"{"EarlyTerminationFeeSet":{"basis_points":1200}}"#.to_string()),
            "the domain's own serde form is unchanged; only Recorded writes the tag"
        );
    }

    #[test]
    fn a_missing_or_unknown_type_is_refused_with_the_reason() {
        let read = |event: &str| {
            serde_json::from_str::<Recorded>(&format!(
                r#"{{"seq":1,"at":0,"actor":"Simulator","event":{event}}}"#
            ))
            .map_err(|e| e.to_string())
        };
        assert!(read(r#"{"basis_points":5}"#)
            .unwrap_err()
            .contains("missing field `type`"));
        assert!(read(r#"{}"#).unwrap_err().contains("missing field `type`"));
        assert!(read(r#"{"type":"Teleported"}"#)
            .unwrap_err()
            .contains("unknown variant `Teleported`"));
        assert!(read(r#"{"to":5,"type":"Teleported"}"#)
            .unwrap_err()
            .contains("unknown variant `Teleported`"));
        assert!(read(r#"{"type":7}"#).is_err());
        assert!(read(r#"{"type":"ClockAdvanced"}"#)
            .unwrap_err()
            .contains("missing field `to`"));
        assert!(read(r#"[1]"#).is_err());
    }
}
