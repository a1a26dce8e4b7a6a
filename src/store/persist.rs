//! Persistence logic, independent of the browser: a `KeyValue` store (localStorage in the
//! app, memory in tests) holding the event history in chunks, so saving one action
//! rewrites one chunk and a small header, whatever the length of the history.
//!
//! Layout: `csp-sim/v2/meta` = `{"schema_version":3,"events":N,"chunk_events":C}` and
//! `csp-sim/v2/chunk/<k>` = events `k*C .. (k+1)*C`. Schema 3 stores a chunk as its events
//! in postcard's binary form, deflated (`b:…`); schema 2 stored their JSON (`z:…`, or
//! plain). Both are read; a schema-2 history is rewritten on load. Schema 1 kept one
//! document under `csp-sim/state`; it is migrated on load too.
use super::codec::{self, LoadError};
use crate::domain::{demo, Actor, Event, Recorded, State, Timestamp};
use serde::{Deserialize, Serialize};

pub const SCHEMA_VERSION: u32 = 3;
pub const META_KEY: &str = "csp-sim/v2/meta";
pub const CHUNK_PREFIX: &str = "csp-sim/v2/chunk/";
pub const LEGACY_V1_KEY: &str = "csp-sim/state";
pub const BACKUP_PREFIX: &str = "csp-sim/backup/";
pub const CHUNK_EVENTS: usize = 256;

/// Why a write failed: the browser's quota, or no storage at all (private mode, disabled).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StoreError {
    Full,
    Unavailable,
}

pub trait KeyValue {
    fn get(&self, key: &str) -> Option<String>;
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError>;
    fn remove(&mut self, key: &str);
    /// Keys starting with `prefix` (for backups).
    fn keys_with_prefix(&self, prefix: &str) -> Vec<String>;
}

/// Another store seen under a key prefix: `csp-sim/…` keys live under `prefix…` instead.
/// A lesson's own sandbox is the app's storage layout under `csp-sim/lesson/<id>/`, so it
/// never touches the learner's saved work.
pub struct PrefixedKv {
    inner: Box<dyn KeyValue>,
    prefix: String,
}

impl PrefixedKv {
    pub fn new(inner: Box<dyn KeyValue>, prefix: &str) -> Self {
        PrefixedKv {
            inner,
            prefix: prefix.to_string(),
        }
    }
    fn key(&self, key: &str) -> String {
        format!(
            "{}{}",
            self.prefix,
            key.strip_prefix("csp-sim/").unwrap_or(key)
        )
    }
}

impl KeyValue for PrefixedKv {
    fn get(&self, key: &str) -> Option<String> {
        self.inner.get(&self.key(key))
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        let key = self.key(key);
        self.inner.set(&key, value)
    }
    fn remove(&mut self, key: &str) {
        let key = self.key(key);
        self.inner.remove(&key)
    }
    fn keys_with_prefix(&self, prefix: &str) -> Vec<String> {
        self.inner
            .keys_with_prefix(&self.key(prefix))
            .into_iter()
            .filter_map(|k| {
                k.strip_prefix(&self.prefix)
                    .map(|rest| format!("csp-sim/{rest}"))
            })
            .collect()
    }
}

/// One store seen through several handles, as a browser's tabs share localStorage (tests
/// open a second tab, or a lesson's prefixed view, on the same store).
impl<K: KeyValue> KeyValue for std::rc::Rc<std::cell::RefCell<K>> {
    fn get(&self, key: &str) -> Option<String> {
        self.borrow().get(key)
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.borrow_mut().set(key, value)
    }
    fn remove(&mut self, key: &str) {
        self.borrow_mut().remove(key)
    }
    fn keys_with_prefix(&self, prefix: &str) -> Vec<String> {
        self.borrow().keys_with_prefix(prefix)
    }
}

/// An in-memory store with an optional byte quota, for tests and as a fallback.
#[derive(Clone, Debug, Default)]
pub struct MemoryKv {
    pub map: std::collections::BTreeMap<String, String>,
    pub quota: Option<usize>,
}

impl MemoryKv {
    fn used_without(&self, key: &str) -> usize {
        self.map
            .iter()
            .filter(|(k, _)| k.as_str() != key)
            .map(|(k, v)| k.len() + v.len())
            .sum()
    }
}

impl KeyValue for MemoryKv {
    fn get(&self, key: &str) -> Option<String> {
        self.map.get(key).cloned()
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        if let Some(q) = self.quota {
            if self.used_without(key) + key.len() + value.len() > q {
                return Err(StoreError::Full);
            }
        }
        self.map.insert(key.to_string(), value.to_string());
        Ok(())
    }
    fn remove(&mut self, key: &str) {
        self.map.remove(key);
    }
    fn keys_with_prefix(&self, prefix: &str) -> Vec<String> {
        self.map
            .keys()
            .filter(|k| k.starts_with(prefix))
            .cloned()
            .collect()
    }
}

#[derive(Serialize, Deserialize)]
struct Meta {
    schema_version: u32,
    events: usize,
    chunk_events: usize,
    /// A hash of the last event: two histories of one length (an undo in one tab, a new
    /// action in another) are told apart without reading them. Added after schema 3 was
    /// made: a header without it is read as before, and builds before it ignore it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    head: Option<String>,
    /// A hash of every event in order (`HistoryHash`): two histories are the same only when
    /// every event is, whatever their last ones (issue #23: a tab took another history of
    /// the same length and the same last event for its own). Added after `head`, read and
    /// ignored the same way.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    chain: Option<String>,
}

impl Meta {
    fn chain(&self) -> Option<HistoryHash> {
        self.chain.as_deref().and_then(HistoryHash::from_hex)
    }
}

/// A hash of a whole history: FNV-1a fed the stored bytes of every event in order (each is
/// self-delimiting, so no two histories feed the same bytes). One more event costs its own
/// bytes only, so a tab keeps the hash of its history as it grows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HistoryHash(u64);

impl HistoryHash {
    /// The hash of no events.
    pub const EMPTY: HistoryHash = HistoryHash(0xcbf2_9ce4_8422_2325);

    /// The hash of this history with `event` appended.
    pub fn then(self, event: &Recorded) -> HistoryHash {
        HistoryHash(fnv1a(self.0, &stored_bytes(event)))
    }

    pub fn of(events: &[Recorded]) -> HistoryHash {
        events.iter().fold(HistoryHash::EMPTY, |h, e| h.then(e))
    }

    fn to_hex(self) -> String {
        format!("{:016x}", self.0)
    }

    fn from_hex(text: &str) -> Option<HistoryHash> {
        (text.len() == 16)
            .then(|| u64::from_str_radix(text, 16).ok())
            .flatten()
            .map(HistoryHash)
    }
}

/// The hashes of one history's prefixes, kept as the history grows: whether storage holds
/// this history, or continues it, is then told from the new events alone, without reading
/// or hashing the whole history again. Its owner says when the history is cut (`truncate`)
/// or replaced (`forget`); appending needs nothing.
#[derive(Clone, Debug)]
pub struct HistoryHashes {
    /// The hash of the first `from` events, known without the ones before (from a header).
    from: usize,
    base: HistoryHash,
    /// `after[i]`: the hash of the first `from + i + 1` events.
    after: Vec<HistoryHash>,
}

impl Default for HistoryHashes {
    fn default() -> Self {
        HistoryHashes {
            from: 0,
            base: HistoryHash::EMPTY,
            after: Vec::new(),
        }
    }
}

impl HistoryHashes {
    /// Hashes of a history whose first `n` events hash to `hash` (a header just read with
    /// the history it describes).
    pub fn known(n: usize, hash: Option<HistoryHash>) -> Self {
        match hash {
            Some(base) => HistoryHashes {
                from: n,
                base,
                after: Vec::new(),
            },
            None => HistoryHashes::default(),
        }
    }

    /// The hash of `log[..n]` (`log` is the history these hashes are of).
    pub fn at(&mut self, log: &[Recorded], n: usize) -> HistoryHash {
        if n < self.from {
            // before what a header told: hashed once from the start, then kept
            *self = HistoryHashes::default();
        }
        while self.from + self.after.len() < n.min(log.len()) {
            let last = self.after.last().copied().unwrap_or(self.base);
            let next = last.then(&log[self.from + self.after.len()]);
            self.after.push(next);
        }
        match n - self.from {
            0 => self.base,
            k => self.after.get(k - 1).copied().unwrap_or(self.base),
        }
    }

    /// The history was cut to its first `n` events.
    pub fn truncate(&mut self, n: usize) {
        if n < self.from {
            *self = HistoryHashes::default();
        } else {
            self.after.truncate(n - self.from);
        }
    }

    /// The history was replaced by another.
    pub fn forget(&mut self) {
        *self = HistoryHashes::default();
    }
}

fn fnv1a(start: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(start, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// An event's bytes as a binary chunk stores them.
fn stored_bytes(event: &Recorded) -> Vec<u8> {
    postcard::to_allocvec(&BinaryEvent(
        event.seq,
        event.at,
        &event.actor,
        &event.event,
    ))
    .unwrap_or_default()
}

/// A short, stable name of a text (FNV-1a of its bytes, hex): keys what belongs to one
/// version of a file, such as a trainer's lesson's progress.
pub fn hash_text(text: &str) -> String {
    HistoryHash(fnv1a(HistoryHash::EMPTY.0, text.as_bytes())).to_hex()
}

/// The hash `Meta::head` holds: FNV-1a over the event's stored bytes.
pub fn head_of(event: &Recorded) -> String {
    HistoryHash(fnv1a(HistoryHash::EMPTY.0, &stored_bytes(event))).to_hex()
}

/// Whether storage's header describes the history `log[..n]`: the same length and the
/// same hash of every event; a header written before that hash existed, the same last
/// event (where it records one).
fn describes(meta: &Meta, log: &[Recorded], n: usize, hashes: &mut HistoryHashes) -> bool {
    if meta.events != n {
        return false;
    }
    if let Some(chain) = meta.chain() {
        return chain == hashes.at(log, n);
    }
    match (&meta.head, n.checked_sub(1).and_then(|i| log.get(i))) {
        (None, _) => true,
        (Some(head), Some(last)) => *head == head_of(last),
        (Some(_), None) => false,
    }
}

/// Whether storage holds exactly the first `n` events of `log` (its header says so);
/// `hashes` are `log`'s.
pub fn stores(kv: &dyn KeyValue, log: &[Recorded], n: usize, hashes: &mut HistoryHashes) -> bool {
    read_meta(kv)
        .and_then(Result::ok)
        .is_some_and(|m| describes(&m, log, n, hashes))
}

/// What storage's header says it holds (its length and hashes): equal tips, the same history.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tip {
    events: usize,
    head: Option<String>,
    chain: Option<String>,
}

/// The header storage holds now, if it holds a readable one.
pub fn stored_tip(kv: &dyn KeyValue) -> Option<Tip> {
    read_meta(kv).and_then(Result::ok).map(|m| Tip {
        events: m.events,
        head: m.head,
        chain: m.chain,
    })
}

/// What loading found, for the banner.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadOutcome {
    /// Nothing stored: the demo tenant.
    Fresh,
    Restored,
    Migrated {
        from: u32,
    },
    /// Unreadable: the demo tenant, the text kept under `backup_key` (None when even the
    /// backup could not be written; then nothing stored is touched).
    Recovered {
        error: LoadError,
        backup_key: Option<String>,
    },
}

/// The result of `load`: the state, what happened, and how many events storage holds.
pub struct Loaded {
    pub state: State,
    pub outcome: LoadOutcome,
    pub saved: usize,
    /// False when storage must not be written (an unreadable history could not be backed up).
    pub writable: bool,
    /// The hashes of `state`'s history, as far as the header told them.
    pub hashes: HistoryHashes,
}

/// Schema 2 chunks: JSON, deflated (a large tenant's plain JSON would not fit the ~5 M
/// character quota); plain JSON arrays are read too.
const PACKED_PREFIX: &str = "z:";
/// Schema 3 chunks: postcard's binary form, deflated. A large tenant's history is a
/// quarter of its JSON's size before deflating, and is read without parsing text: the
/// biggest part of opening a large tenant was reading its JSON.
const BINARY_PREFIX: &str = "b:";
/// No chunk inflates beyond this (256 events are far smaller); guards against bombs.
const MAX_CHUNK_BYTES: usize = 16 * 1024 * 1024;

/// An event as a binary chunk holds it. postcard writes fields by position and enum
/// variants by index, with no names: so `Recorded`, `Event` and the types inside them may
/// only grow at the end (new variants last, new fields in a new schema), or stored work
/// reads wrongly. `tests/fixtures/storage-v3.json` holds every event kind and is checked
/// byte for byte.
#[derive(Serialize)]
struct BinaryEvent<'a>(u64, Timestamp, &'a Actor, &'a Event);

#[derive(Deserialize)]
struct StoredBinaryEvent(u64, Timestamp, Actor, Event);

impl From<StoredBinaryEvent> for Recorded {
    fn from(StoredBinaryEvent(seq, at, actor, event): StoredBinaryEvent) -> Recorded {
        Recorded {
            seq,
            at,
            actor,
            event,
        }
    }
}

fn encode_chunk(events: &[Recorded]) -> Result<String, StoreError> {
    let binary: Vec<BinaryEvent> = events
        .iter()
        .map(|e| BinaryEvent(e.seq, e.at, &e.actor, &e.event))
        .collect();
    let bytes = postcard::to_allocvec(&binary).map_err(|_| StoreError::Unavailable)?;
    Ok(format!(
        "{BINARY_PREFIX}{}",
        super::packed::pack_bytes(&bytes, 9)
    ))
}

/// Appends chunk `k`'s events to `out`, whichever schema stored them.
fn read_chunk(text: &str, k: usize, out: &mut Vec<Recorded>) -> Result<(), LoadError> {
    let wrong = |why: &dyn std::fmt::Display| LoadError::WrongShape(format!("chunk {k}: {why}"));
    let inflates = || LoadError::WrongShape(format!("chunk {k} does not inflate"));
    if let Some(packed) = text.strip_prefix(BINARY_PREFIX) {
        let bytes = super::packed::unpack_bytes(packed, MAX_CHUNK_BYTES).ok_or_else(inflates)?;
        let mut reader = postcard::Deserializer::from_bytes(&bytes);
        serde::Deserializer::deserialize_seq(&mut reader, AppendTo::<StoredBinaryEvent>::onto(out))
            .map_err(|e| wrong(&e))?;
        return match reader.finalize() {
            Ok([]) => Ok(()),
            Ok(_) => Err(wrong(&"bytes after its last event")),
            Err(e) => Err(wrong(&e)),
        };
    }
    let json = match text.strip_prefix(PACKED_PREFIX) {
        Some(packed) => super::packed::unpack(packed, MAX_CHUNK_BYTES).ok_or_else(inflates)?,
        None => text.to_string(),
    };
    let mut reader = serde_json::Deserializer::from_str(&json);
    serde::Deserializer::deserialize_seq(&mut reader, AppendTo::<Recorded>::onto(out))
        .and_then(|()| reader.end())
        .map_err(|e| wrong(&e))
}

/// Reads a chunk's list of events straight onto the end of a history, with no list of its
/// own; `T` is an event as that chunk's form holds it.
struct AppendTo<'a, T>(&'a mut Vec<Recorded>, std::marker::PhantomData<T>);

impl<'a, T> AppendTo<'a, T> {
    fn onto(history: &'a mut Vec<Recorded>) -> Self {
        AppendTo(history, std::marker::PhantomData)
    }
}

impl<'de, T: Deserialize<'de> + Into<Recorded>> serde::de::Visitor<'de> for AppendTo<'_, T> {
    type Value = ();
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a list of events")
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while let Some(event) = seq.next_element::<T>()? {
            self.0.push(event.into());
        }
        Ok(())
    }
}

fn chunk_key(k: usize) -> String {
    format!("{CHUNK_PREFIX}{k}")
}

fn read_meta(kv: &dyn KeyValue) -> Option<Result<Meta, LoadError>> {
    let text = kv.get(META_KEY)?;
    Some(
        serde_json::from_str::<serde_json::Value>(&text)
            .map_err(|e| LoadError::NotJson(e.to_string()))
            .and_then(|v| {
                let version = v.get("schema_version").and_then(serde_json::Value::as_u64);
                match version {
                    Some(n) if n > u64::from(SCHEMA_VERSION) => Err(LoadError::FutureVersion {
                        found: u32::try_from(n).unwrap_or(u32::MAX),
                        readable: SCHEMA_VERSION,
                    }),
                    _ => serde_json::from_value::<Meta>(v)
                        .map_err(|e| LoadError::WrongShape(e.to_string())),
                }
            })
            .and_then(|m| {
                if m.chunk_events == 0 {
                    Err(LoadError::WrongShape("chunk_events is 0".into()))
                } else {
                    Ok(m)
                }
            }),
    )
}

/// Hands events `from..meta.events`, as stored, to `each` in order, a chunk at a time (a
/// large history is never a second list beside the state it builds).
fn read_events(
    kv: &dyn KeyValue,
    meta: &Meta,
    from: usize,
    mut each: impl FnMut(Recorded) -> Result<(), LoadError>,
) -> Result<(), LoadError> {
    let mut chunk = Vec::with_capacity(meta.chunk_events);
    let mut read = 0;
    let first_chunk = from / meta.chunk_events;
    let chunks = meta.events.div_ceil(meta.chunk_events);
    for k in first_chunk..chunks {
        let text = kv
            .get(&chunk_key(k))
            .ok_or_else(|| LoadError::WrongShape(format!("chunk {k} is missing")))?;
        chunk.clear();
        read_chunk(&text, k, &mut chunk)?;
        // The header is the commit point: a save refused after rewriting this chunk but
        // before its header leaves events past the header's count, which are not stored work.
        chunk.truncate(meta.events.saturating_sub(k * meta.chunk_events));
        // the first chunk read may begin before `from`
        let skip = from.saturating_sub(k * meta.chunk_events).min(chunk.len());
        read += chunk.len() - skip;
        for e in chunk.drain(..).skip(skip) {
            each(e)?;
        }
    }
    if read != meta.events - from.min(meta.events) {
        return Err(LoadError::WrongShape(format!(
            "{} events stored, {} announced",
            read + from,
            meta.events
        )));
    }
    Ok(())
}

/// Events `from..meta.events` as stored, in a list.
fn events_from(kv: &dyn KeyValue, meta: &Meta, from: usize) -> Result<Vec<Recorded>, LoadError> {
    let mut out = Vec::with_capacity(meta.events.saturating_sub(from));
    read_events(kv, meta, from, |e| {
        out.push(e);
        Ok(())
    })?;
    Ok(out)
}

/// The state the stored history builds.
fn replay_events(kv: &dyn KeyValue, meta: &Meta) -> Result<State, LoadError> {
    let mut replay = codec::StoredReplay::new(meta.events);
    read_events(kv, meta, 0, |e| replay.push(e))?;
    Ok(replay.finish())
}

/// How many events storage holds now (its header), if it holds a readable header.
pub fn stored_events(kv: &dyn KeyValue) -> Option<usize> {
    read_meta(kv).and_then(Result::ok).map(|m| m.events)
}

/// The state storage's history builds, with the hashes its header tells, if storage holds one.
pub fn stored_state(kv: &dyn KeyValue) -> Option<Result<(State, HistoryHashes), LoadError>> {
    read_meta(kv).map(|meta| {
        meta.and_then(|m| {
            replay_events(kv, &m).map(|state| (state, HistoryHashes::known(m.events, m.chain())))
        })
    })
}

/// The chunked history, the schema it was stored in (2 or 3) and the hashes its header
/// told, if there is one.
fn load_chunked(kv: &dyn KeyValue) -> Option<(Result<State, LoadError>, u32, HistoryHashes)> {
    let meta = read_meta(kv)?;
    let version = meta.as_ref().map_or(SCHEMA_VERSION, |m| m.schema_version);
    let hashes = meta.as_ref().map_or_else(
        |_| HistoryHashes::default(),
        |m| HistoryHashes::known(m.events, m.chain()),
    );
    let state = meta.and_then(|m| replay_events(kv, &m));
    Some((state, version, hashes))
}

/// Everything stored under our keys, as one JSON text, for the backup.
fn raw_snapshot(kv: &dyn KeyValue) -> String {
    let mut parts = serde_json::Map::new();
    for key in [META_KEY.to_string(), LEGACY_V1_KEY.to_string()]
        .into_iter()
        .chain(kv.keys_with_prefix(CHUNK_PREFIX))
    {
        if let Some(v) = kv.get(&key) {
            parts.insert(key, serde_json::Value::String(v));
        }
    }
    serde_json::Value::Object(parts).to_string()
}

fn clear_history(kv: &mut dyn KeyValue) {
    for key in kv.keys_with_prefix(CHUNK_PREFIX) {
        kv.remove(&key);
    }
    kv.remove(META_KEY);
    kv.remove(LEGACY_V1_KEY);
}

pub fn load(kv: &mut dyn KeyValue) -> Loaded {
    let (result, from, mut hashes) = match load_chunked(kv) {
        Some(found) => found,
        None => match kv.get(LEGACY_V1_KEY) {
            Some(text) => (codec::decode(&text), 1, HistoryHashes::default()),
            None => {
                return Loaded {
                    state: demo::demo(),
                    outcome: LoadOutcome::Fresh,
                    saved: 0,
                    writable: true,
                    hashes: HistoryHashes::default(),
                };
            }
        },
    };
    match result {
        Ok(state) if from == SCHEMA_VERSION => {
            let saved = state.log.len();
            Loaded {
                state,
                outcome: LoadOutcome::Restored,
                saved,
                writable: true,
                hashes,
            }
        }
        Ok(state) => {
            // Migrate: the new layout first; the old key goes only once that is written.
            hashes.forget();
            match save_with(kv, &state, 0, &mut hashes) {
                Ok(saved) => {
                    kv.remove(LEGACY_V1_KEY);
                    Loaded {
                        state,
                        outcome: LoadOutcome::Migrated { from },
                        saved,
                        writable: true,
                        hashes,
                    }
                }
                Err(_) => Loaded {
                    state,
                    outcome: LoadOutcome::Migrated { from },
                    saved: 0,
                    writable: false,
                    hashes,
                },
            }
        }
        Err(error) => {
            let key = format!(
                "{BACKUP_PREFIX}{}",
                kv.keys_with_prefix(BACKUP_PREFIX).len() + 1
            );
            let backed_up = kv.set(&key, &raw_snapshot(kv)).is_ok();
            if backed_up {
                clear_history(kv);
            }
            Loaded {
                state: demo::demo(),
                outcome: LoadOutcome::Recovered {
                    error,
                    backup_key: backed_up.then_some(key),
                },
                saved: 0,
                writable: backed_up,
                hashes: HistoryHashes::default(),
            }
        }
    }
}

/// Writes what is not stored yet: the chunks from the one holding event `saved`, then the
/// header. A history shorter than `saved` (reset, import) is rewritten whole. Returns the
/// number of events now stored.
pub fn save(kv: &mut dyn KeyValue, state: &State, saved: usize) -> Result<usize, StoreError> {
    save_with(kv, state, saved, &mut HistoryHashes::default())
}

/// `save`, with the hashes of `state`'s history kept by its owner (so a save hashes only
/// the events it adds).
pub fn save_with(
    kv: &mut dyn KeyValue,
    state: &State,
    saved: usize,
    hashes: &mut HistoryHashes,
) -> Result<usize, StoreError> {
    let total = state.log.len();
    let stored_before = read_meta(kv)
        .and_then(Result::ok)
        .map(|m| m.events)
        .unwrap_or(0);
    let from = if total < saved || saved > stored_before {
        0
    } else {
        saved
    };
    let first_chunk = from / CHUNK_EVENTS;
    for k in first_chunk..total.div_ceil(CHUNK_EVENTS) {
        let end = ((k + 1) * CHUNK_EVENTS).min(total);
        kv.set(
            &chunk_key(k),
            &encode_chunk(&state.log[k * CHUNK_EVENTS..end])?,
        )?;
    }
    let meta = Meta {
        schema_version: SCHEMA_VERSION,
        events: total,
        chunk_events: CHUNK_EVENTS,
        head: state.log.last().map(head_of),
        chain: Some(hashes.at(&state.log, total).to_hex()),
    };
    let text = serde_json::to_string(&meta).map_err(|_| StoreError::Unavailable)?;
    kv.set(META_KEY, &text)?;
    // chunks past the end of a shorter history
    for k in total.div_ceil(CHUNK_EVENTS)..stored_before.div_ceil(CHUNK_EVENTS) {
        kv.remove(&chunk_key(k));
    }
    kv.remove(LEGACY_V1_KEY);
    Ok(total)
}

/// What another tab's writes meant for this one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Synced {
    Unchanged,
    /// Another tab appended events; they were checked and applied here.
    Appended(usize),
    /// Storage holds another history (reset, import, conflict): it replaced this one.
    Replaced,
    /// Storage could not be read; this tab keeps its own state.
    Unreadable,
}

/// Brings `state` up to what storage holds (called before every action and on the
/// browser's `storage` event), so two tabs never decide on stale state.
pub fn sync(kv: &dyn KeyValue, state: &mut State, saved: &mut usize) -> Synced {
    let mut hashes = HistoryHashes::default();
    sync_with(kv, state, saved, &mut hashes, |state, events| {
        for e in events {
            state.evolve(e);
        }
    })
}

/// `sync`, applying another tab's new events with `apply` (the session journals them, so
/// they can be undone like this tab's own).
/// `hashes` are `state`'s history's, kept up to date here as it changes.
pub fn sync_with(
    kv: &dyn KeyValue,
    state: &mut State,
    saved: &mut usize,
    hashes: &mut HistoryHashes,
    apply: impl FnOnce(&mut State, Vec<Recorded>),
) -> Synced {
    let Some(Ok(meta)) = read_meta(kv) else {
        return Synced::Unchanged;
    };
    let ours = state.log.len();
    if *saved == ours && describes(&meta, &state.log, ours, hashes) {
        return Synced::Unchanged;
    }
    if meta.events > ours && *saved == ours {
        // Our history must be a prefix of theirs: one read from the last event we both
        // have, which must be ours, then the events after it; and where the header hashes
        // the whole history, ours continued by them must hash to it (the same last event
        // does not make the same history).
        let shared = usize::from(ours > 0);
        if let Ok(theirs) = events_from(kv, &meta, ours - shared) {
            let same_prefix = shared == 0 || theirs.first() == state.log.last();
            let new = theirs.get(shared..).unwrap_or_default();
            let continues = new
                .iter()
                .enumerate()
                .all(|(i, e)| e.seq == (ours + i) as u64 + 1);
            let same_history = meta.chain().is_none_or(|chain| {
                new.iter()
                    .fold(hashes.at(&state.log, ours), |h, e| h.then(e))
                    == chain
            });
            if same_prefix && continues && same_history {
                let n = new.len();
                apply(state, theirs.into_iter().skip(shared).collect());
                *saved = state.log.len();
                return Synced::Appended(n);
            }
        }
    }
    match replay_events(kv, &meta) {
        Ok(theirs) => {
            *state = theirs;
            *saved = state.log.len();
            *hashes = HistoryHashes::known(meta.events, meta.chain());
            Synced::Replaced
        }
        Err(_) => Synced::Unreadable,
    }
}

/// Unreadable data kept by `load`, for the download button.
pub fn backups(kv: &dyn KeyValue) -> Vec<(String, String)> {
    kv.keys_with_prefix(BACKUP_PREFIX)
        .into_iter()
        .filter_map(|k| kv.get(&k).map(|v| (k, v)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Actor, Command, CustomerId, Event};

    fn act(state: &mut State, on: bool) {
        state
            .execute(
                &demo::admin(),
                &Command::SetPurchasePermission {
                    customer: CustomerId::new(demo::ids::CONTOSO),
                    on,
                },
            )
            .expect("allowed");
    }

    #[test]
    fn a_saved_history_survives_a_reload() {
        let mut kv = MemoryKv::default();
        let loaded = load(&mut kv);
        assert_eq!(loaded.outcome, LoadOutcome::Fresh);
        let mut state = loaded.state;
        let saved = save(&mut kv, &state, 0).unwrap();
        act(&mut state, true);
        let saved = save(&mut kv, &state, saved).unwrap();
        assert_eq!(saved, state.log.len());
        let again = load(&mut kv);
        assert_eq!(again.outcome, LoadOutcome::Restored);
        assert_eq!(again.state, state);
    }

    #[test]
    fn saving_one_action_rewrites_one_chunk_not_the_history() {
        let mut kv = MemoryKv::default();
        let mut state = demo::demo();
        for i in 0..2_000 {
            act(&mut state, i % 2 == 0);
        }
        let saved = save(&mut kv, &state, 0).unwrap();
        let before = kv.map.clone();
        let off = state.customers[&CustomerId::new(demo::ids::CONTOSO)]
            .permission
            .is_none();
        act(&mut state, off);
        save(&mut kv, &state, saved).unwrap();
        let changed: Vec<&String> = kv
            .map
            .iter()
            .filter(|(k, v)| before.get(*k) != Some(v))
            .map(|(k, _)| k)
            .collect();
        assert!(
            changed.len() <= 2,
            "one chunk and the header, got {changed:?}"
        );
        assert_eq!(load(&mut kv).state, state);
    }

    #[test]
    fn the_large_tenant_fits_the_browsers_quota_and_reloads() {
        let large = crate::domain::dataset::large(7);
        let mut kv = MemoryKv {
            quota: Some(5_000_000),
            ..Default::default()
        };
        save(&mut kv, &large, 0).expect("fits in 5 M characters");
        let used: usize = kv.map.iter().map(|(k, v)| k.len() + v.len()).sum();
        assert!(
            used < 2_500_000,
            "{used} characters: leave room for work to grow"
        );
        assert_eq!(load(&mut kv).state, large);
    }

    #[test]
    fn a_version_1_document_is_migrated() {
        let mut kv = MemoryKv::default();
        kv.map.insert(
            LEGACY_V1_KEY.into(),
            include_str!("../../tests/fixtures/storage-v1.json").into(),
        );
        let loaded = load(&mut kv);
        assert_eq!(loaded.outcome, LoadOutcome::Migrated { from: 1 });
        assert!(kv.get(LEGACY_V1_KEY).is_none());
        assert!(kv.get(META_KEY).is_some());
        assert_eq!(load(&mut kv).state, loaded.state);
        assert_eq!(loaded.state.customers.len(), 4);
    }

    fn fixture(text: &str) -> MemoryKv {
        MemoryKv {
            map: serde_json::from_str(text).expect("fixture is JSON"),
            quota: None,
        }
    }

    /// Each stored JSON chunk's events, written again as JSON.
    fn json_chunks(kv: &MemoryKv) -> Vec<(String, String)> {
        kv.keys_with_prefix(CHUNK_PREFIX)
            .into_iter()
            .map(|key| {
                let text = kv.get(&key).unwrap_or_default();
                let json = match text.strip_prefix(PACKED_PREFIX) {
                    Some(p) => super::super::packed::unpack(p, MAX_CHUNK_BYTES).expect("inflates"),
                    None => text,
                };
                (key, json)
            })
            .collect()
    }

    /// Written by the build before events got their own JSON reader (`event_json`), in
    /// schema 2 (JSON chunks): it loads, is rewritten in schema 3, and the events' JSON
    /// (what exports and share links hold) is still the same, byte for byte.
    #[test]
    fn a_version_2_history_from_an_earlier_build_is_upgraded_and_its_json_is_unchanged() {
        let mut kv = fixture(include_str!("../../tests/fixtures/storage-v2.json"));
        let stored_json = json_chunks(&kv);
        let loaded = load(&mut kv);
        assert_eq!(loaded.outcome, LoadOutcome::Migrated { from: 2 });
        assert_eq!(loaded.state.customers.len(), 4);
        assert_eq!(loaded.saved, loaded.state.log.len());
        for (key, json) in &stored_json {
            let k: usize = key[CHUNK_PREFIX.len()..].parse().expect("chunk number");
            let events = &loaded.state.log[k * CHUNK_EVENTS..];
            let events = &events[..events.len().min(CHUNK_EVENTS)];
            assert_eq!(&serde_json::to_string(events).expect("writes"), json);
        }
        // now in schema 3, and read back as the same history
        assert!(kv
            .get(META_KEY)
            .is_some_and(|m| m.contains("\"schema_version\":3")));
        assert!(kv
            .keys_with_prefix(CHUNK_PREFIX)
            .iter()
            .all(|k| kv.get(k).is_some_and(|c| c.starts_with(BINARY_PREFIX))));
        let again = load(&mut kv);
        assert_eq!(again.outcome, LoadOutcome::Restored);
        assert_eq!(again.state, loaded.state);
    }

    /// Each kind of event, numbered so that a new kind fails to compile here until a
    /// schema-3 fixture below holds it too.
    fn kind(event: &Event) -> usize {
        match event {
            Event::PartnerUserAdded { .. } => 0,
            Event::CustomerAdded { .. } => 1,
            Event::CustomerUserAdded { .. } => 2,
            Event::SubscriptionBought { .. } => 3,
            Event::SubscriptionSuspended { .. } => 4,
            Event::SubscriptionReactivated { .. } => 5,
            Event::RoleAssigned { .. } => 6,
            Event::RoleRemoved { .. } => 7,
            Event::PermissionCreated { .. } => 8,
            Event::PermissionDeleted { .. } => 9,
            Event::CustomerPriceSet { .. } => 10,
            Event::EarlyTerminationFeeSet { .. } => 11,
            Event::ReservationPurchased { .. } => 12,
            Event::ReservationExchanged { .. } => 13,
            Event::ReservationCancelled { .. } => 14,
            Event::AutoRenewSet { .. } => 15,
            Event::ScopeChanged { .. } => 16,
            Event::ReservationRenewed { .. } => 17,
            Event::ReservationExpired { .. } => 18,
            Event::UsageRecorded { .. } => 19,
            Event::ClockAdvanced { .. } => 20,
            Event::ReservationRefunded { .. } => 21,
            Event::SavingsPlanPermissionCreated { .. } => 22,
            Event::SavingsPlanPermissionDeleted { .. } => 23,
            Event::SavingsPlanPurchased { .. } => 24,
            Event::SavingsPlanAutoRenewSet { .. } => 25,
            Event::SavingsPlanScopeChanged { .. } => 26,
            Event::SavingsPlanRenewed { .. } => 27,
            Event::SavingsPlanExpired { .. } => 28,
            Event::ReservationTradedIn { .. } => 29,
            Event::ExchangeGracePeriodEndSet { .. } => 30,
            Event::ReservationNotRenewed { .. } => 31,
        }
    }
    const EVENT_KINDS: usize = 32;

    fn kinds_of(state: &State) -> std::collections::BTreeSet<usize> {
        state.log.iter().map(|e| kind(&e.event)).collect()
    }

    /// Schema 3 stores events by position and index (postcard): a fixture's stored form
    /// must load and be written back byte for byte. Reordering a variant or a field of
    /// anything stored fails here.
    fn read_and_write_back(text: &str) -> State {
        let mut kv = fixture(text);
        let mut stored = kv.map.clone();
        let loaded = load(&mut kv);
        assert_eq!(loaded.outcome, LoadOutcome::Restored);
        let mut written = MemoryKv::default();
        save(&mut written, &loaded.state, 0).expect("saves");
        // a header written before `head` and `chain` existed gains them (in that order);
        // everything else is unchanged
        if let Some(meta) = stored.get_mut(META_KEY) {
            if !meta.contains("\"head\"") {
                let head = loaded.state.log.last().map(head_of).unwrap_or_default();
                *meta = meta.replace('}', &format!(",\"head\":\"{head}\"}}"));
            }
            if !meta.contains("\"chain\"") {
                let chain = HistoryHash::of(&loaded.state.log).to_hex();
                *meta = meta.replace('}', &format!(",\"chain\":\"{chain}\"}}"));
            }
        }
        assert_eq!(written.map, stored);
        loaded.state
    }

    /// Written by the build of 2026-12-01, before refunds by billing plan: every kind of
    /// event it had, by every kind of actor. It still loads, writes back byte for byte,
    /// and every event is still one the rules accept (its cancellation keeps the refund it
    /// recorded).
    #[test]
    fn a_version_3_history_of_an_earlier_build_is_read_written_back_and_still_verifies() {
        let state = read_and_write_back(include_str!("../../tests/fixtures/storage-v3.json"));
        assert_eq!(kinds_of(&state).len(), 21);
        let actors: std::collections::BTreeSet<&str> = state
            .log
            .iter()
            .map(|e| match e.actor {
                Actor::Partner(_) => "partner",
                Actor::Customer(_) => "customer",
                Actor::Simulator => "simulator",
            })
            .collect();
        assert_eq!(actors.len(), 3);
        assert_eq!(
            crate::domain::verify::replay_checked(codec::genesis(), &state.log),
            Ok(state)
        );
    }

    /// This build's stored form of every kind of event it writes (`demo::every_event_kind`);
    /// with the earlier build's fixture, every kind there is.
    #[test]
    fn a_version_3_history_holding_every_kind_of_event_is_read_and_written_byte_for_byte() {
        let state = read_and_write_back(include_str!(
            "../../tests/fixtures/storage-v3-every-kind.json"
        ));
        assert_eq!(
            state,
            demo::every_event_kind(),
            "the history it was made from"
        );
        let earlier = read_and_write_back(include_str!("../../tests/fixtures/storage-v3.json"));
        let all: std::collections::BTreeSet<usize> = kinds_of(&state)
            .union(&kinds_of(&earlier))
            .copied()
            .collect();
        assert_eq!(all.len(), EVENT_KINDS, "the two fixtures hold every kind");
    }

    /// Written by the build of 2026-12-07 (before the end of exchanges had a default, R13):
    /// every kind of event it had. It still loads, writes back byte for byte, keeps no end
    /// of exchanges, and every event is still one the rules accept.
    #[test]
    fn the_every_kind_history_of_the_build_of_2026_12_07_still_loads_and_verifies() {
        let state = read_and_write_back(include_str!(
            "../../tests/fixtures/storage-v3-2026-12-07.json"
        ));
        assert_eq!(
            state.exchange_grace_end.is_some(),
            state
                .log
                .iter()
                .any(|e| matches!(e.event, Event::ExchangeGracePeriodEndSet { end: Some(_) }))
        );
        assert_eq!(
            crate::domain::verify::replay_checked(codec::genesis(), &state.log),
            Ok(state)
        );
    }

    /// Writes `tests/fixtures/storage-v3-every-kind.json` (run by hand when an event kind is
    /// added: `cargo test -- --ignored write_the_every_kind_fixture`).
    #[test]
    #[ignore]
    fn write_the_every_kind_fixture() {
        let mut kv = MemoryKv::default();
        save(&mut kv, &demo::every_event_kind(), 0).expect("saves");
        let text = serde_json::to_string_pretty(&kv.map).expect("writes") + "\n";
        std::fs::write("tests/fixtures/storage-v3-every-kind.json", text).expect("written");
    }

    #[test]
    fn a_chunk_with_bytes_after_its_events_is_refused() {
        let mut kv = MemoryKv::default();
        save(&mut kv, &demo::demo(), 0).expect("saves");
        let key = format!("{CHUNK_PREFIX}0");
        let packed = kv.get(&key).unwrap_or_default();
        let mut bytes = super::super::packed::unpack_bytes(&packed[BINARY_PREFIX.len()..], 1 << 20)
            .expect("inflates");
        bytes.push(0);
        let tampered = format!(
            "{BINARY_PREFIX}{}",
            super::super::packed::pack_bytes(&bytes, 9)
        );
        kv.map.insert(key, tampered);
        let loaded = load(&mut kv);
        assert!(
            matches!(&loaded.outcome, LoadOutcome::Recovered { error: LoadError::WrongShape(why), .. } if why.contains("after its last event")),
            "{:?}",
            loaded.outcome
        );
    }

    /// A stored history out of number or out of time order is not replayed: it is kept as a
    /// backup and the demo shown.
    #[test]
    fn a_stored_history_out_of_order_is_refused_and_kept() {
        let demo = demo::demo();
        let last = demo.log.len() - 1;
        let renumbered = |i: usize| {
            let mut s = demo.clone();
            s.log[i].seq += 1;
            s
        };
        let back_in_time = |i: usize| {
            let mut s = demo.clone();
            s.log[i].at = s.log[i - 1].at.plus_days(-1);
            s
        };
        for (state, why) in [
            (renumbered(1), "event 2 has seq 3"),
            (renumbered(last), "has seq"),
            (back_in_time(last), "goes back in time"),
        ] {
            let mut kv = MemoryKv::default();
            save(&mut kv, &state, 0).expect("saves");
            let loaded = load(&mut kv);
            assert!(
                matches!(&loaded.outcome, LoadOutcome::Recovered { error: LoadError::BrokenHistory(d), backup_key: Some(_) } if d.contains(why)),
                "{why}: {:?}",
                loaded.outcome
            );
            assert_eq!(loaded.state, demo);
            assert_eq!(backups(&kv).len(), 1);
        }
    }

    #[test]
    fn unreadable_storage_is_backed_up_never_overwritten_silently() {
        let mut kv = MemoryKv::default();
        kv.map.insert(
            META_KEY.into(),
            "{\"schema_version\":2,\"events\":3,\"chunk_events\":256}".into(),
        );
        kv.map.insert(
            format!("{CHUNK_PREFIX}0"),
            "[{\"seq\": \"garbage\"}]".into(),
        );
        let loaded = load(&mut kv);
        let LoadOutcome::Recovered {
            backup_key: Some(key),
            ..
        } = loaded.outcome
        else {
            panic!("expected a recovery with a backup");
        };
        assert!(kv.get(&key).is_some_and(|b| b.contains("garbage")));
        assert_eq!(backups(&kv).len(), 1);
        // a future version is not read either, and is kept the same way
        kv.map.insert(
            META_KEY.into(),
            "{\"schema_version\":9,\"events\":0,\"chunk_events\":256}".into(),
        );
        let loaded = load(&mut kv);
        assert!(matches!(
            loaded.outcome,
            LoadOutcome::Recovered {
                error: LoadError::FutureVersion {
                    found: 9,
                    readable: SCHEMA_VERSION
                },
                ..
            }
        ));
        let LoadOutcome::Recovered { error, .. } = loaded.outcome else {
            unreachable!("matched above")
        };
        assert_eq!(error.detail(), "schema_version 9 > 3");
        assert_eq!(backups(&kv).len(), 2);
    }

    #[test]
    fn when_even_the_backup_does_not_fit_nothing_stored_is_touched() {
        let mut kv = MemoryKv::default();
        kv.map.insert(LEGACY_V1_KEY.into(), "{broken".into());
        kv.quota = Some(20);
        let loaded = load(&mut kv);
        assert!(!loaded.writable);
        assert_eq!(kv.get(LEGACY_V1_KEY).as_deref(), Some("{broken"));
    }

    #[test]
    fn a_full_storage_refuses_the_write_and_the_state_is_still_whole() {
        let mut kv = MemoryKv {
            quota: Some(200),
            ..Default::default()
        };
        let state = demo::demo();
        assert_eq!(save(&mut kv, &state, 0), Err(StoreError::Full));
        assert_eq!(state.customers.len(), 4);
    }

    /// A store that refuses writes to one key, as a full storage refuses the one write
    /// that would grow it.
    struct RefusingKv {
        inner: MemoryKv,
        refused_key: String,
    }

    impl KeyValue for RefusingKv {
        fn get(&self, key: &str) -> Option<String> {
            self.inner.get(key)
        }
        fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
            if key == self.refused_key {
                return Err(StoreError::Full);
            }
            self.inner.set(key, value)
        }
        fn remove(&mut self, key: &str) {
            self.inner.remove(key)
        }
        fn keys_with_prefix(&self, prefix: &str) -> Vec<String> {
            self.inner.keys_with_prefix(prefix)
        }
    }

    /// A save refused after it rewrote one chunk but before the header (the next chunk
    /// did not fit) leaves storage reading as it was: the stored work, not a broken store.
    #[test]
    fn a_save_refused_half_way_leaves_the_stored_history_readable() {
        let mut kv = RefusingKv {
            inner: MemoryKv::default(),
            refused_key: chunk_key(1),
        };
        let mut state = demo::demo();
        while state.log.len() < CHUNK_EVENTS - 3 {
            let on = state.customers[&CustomerId::new(demo::ids::CONTOSO)]
                .permission
                .is_none();
            act(&mut state, on);
        }
        let saved = save(&mut kv, &state, 0).expect("one chunk fits");
        let stored = state.clone();
        let first_chunk = kv.get(&chunk_key(0));
        for _ in 0..6 {
            let on = state.customers[&CustomerId::new(demo::ids::CONTOSO)]
                .permission
                .is_none();
            act(&mut state, on);
        }
        assert_eq!(save(&mut kv, &state, saved), Err(StoreError::Full));
        assert_ne!(
            kv.get(&chunk_key(0)),
            first_chunk,
            "the first chunk was rewritten with the new events"
        );
        let loaded = load(&mut kv);
        assert_eq!(loaded.outcome, LoadOutcome::Restored);
        assert_eq!(loaded.state, stored);
        // once the space is there, the same save stores everything
        kv.refused_key = String::new();
        assert_eq!(save(&mut kv, &state, saved), Ok(state.log.len()));
        assert_eq!(load(&mut kv).state, state);
    }

    /// A lesson's sandbox under its prefix: saved and loaded like the work, never mixed
    /// with it.
    #[test]
    fn a_prefixed_store_keeps_its_history_apart_from_the_work() {
        let shared = std::rc::Rc::new(std::cell::RefCell::new(MemoryKv::default()));
        let mut work = shared.clone();
        save(&mut work, &demo::demo(), 0).unwrap();
        let mut lesson = PrefixedKv::new(Box::new(shared.clone()), "csp-sim/lesson/3/");
        assert_eq!(load(&mut lesson).outcome, LoadOutcome::Fresh);
        let mut blank = demo::blank();
        save(&mut lesson, &blank, 0).unwrap();
        act_on_blank(&mut blank);
        save(&mut lesson, &blank, 0).unwrap();
        assert_eq!(load(&mut lesson).state, blank);
        assert_eq!(load(&mut work).state, demo::demo(), "the work is untouched");
        assert!(shared.borrow().get("csp-sim/lesson/3/v2/meta").is_some());
        assert_eq!(
            lesson.keys_with_prefix(CHUNK_PREFIX),
            vec![format!("{CHUNK_PREFIX}0")]
        );
    }

    fn act_on_blank(state: &mut State) {
        state
            .execute(
                &demo::admin(),
                &Command::AddCustomer {
                    name: "Lesson Ltd".into(),
                    domain: "lesson.example".into(),
                },
            )
            .expect("allowed");
    }

    #[test]
    fn two_tabs_acting_in_turn_keep_both_actions() {
        let mut kv = MemoryKv::default();
        let mut a = demo::demo();
        let mut a_saved = save(&mut kv, &a, 0).unwrap();
        let mut b = a.clone();
        let mut b_saved = a_saved;
        // tab A acts and saves
        act(&mut a, true);
        a_saved = save(&mut kv, &a, a_saved).unwrap();
        // tab B syncs before acting (as the app does), then acts
        assert_eq!(sync(&kv, &mut b, &mut b_saved), Synced::Appended(1));
        b.execute(
            &Actor::Simulator,
            &Command::AdvanceClock { days: 1, months: 0 },
        )
        .unwrap();
        b_saved = save(&mut kv, &b, b_saved).unwrap();
        // A sees B's action on its next sync
        assert_eq!(sync(&kv, &mut a, &mut a_saved), Synced::Appended(1));
        assert_eq!(a, b);
        assert_eq!(load(&mut kv).state, a);
        let _ = b_saved;
    }

    /// Another tab wrote a longer history that is not this one continued (its event where
    /// ours ends differs): it replaces ours, it is not appended to it.
    #[test]
    fn a_longer_history_that_went_another_way_replaces_this_tabs() {
        let mut kv = MemoryKv::default();
        let mut a = demo::demo();
        act(&mut a, true);
        let mut a_saved = save(&mut kv, &a, 0).unwrap();
        let mut other = demo::demo();
        other
            .execute(
                &Actor::Simulator,
                &Command::AdvanceClock { days: 1, months: 0 },
            )
            .unwrap();
        act(&mut other, true);
        assert!(other.log.len() > a.log.len());
        save(&mut kv, &other, usize::MAX).unwrap();
        assert_eq!(sync(&kv, &mut a, &mut a_saved), Synced::Replaced);
        assert_eq!(a, other);
        assert_eq!(a_saved, other.log.len());
    }

    /// The hashes a tab keeps are the hashes of its history, however it got there: told by
    /// a header, grown, cut back by an undo below what the header told, grown again.
    #[test]
    fn kept_history_hashes_equal_hashing_the_history_from_scratch() {
        let mut state = demo::demo();
        let n = state.log.len();
        let mut hashes = HistoryHashes::known(n, Some(HistoryHash::of(&state.log)));
        act(&mut state, true);
        act(&mut state, false);
        assert_eq!(hashes.at(&state.log, n + 2), HistoryHash::of(&state.log));
        state.log.truncate(n - 3);
        hashes.truncate(n - 3);
        assert_eq!(hashes.at(&state.log, n - 3), HistoryHash::of(&state.log));
        assert_eq!(hashes.at(&state.log, 1), HistoryHash::of(&state.log[..1]));
        assert_eq!(hashes.at(&state.log, 0), HistoryHash::EMPTY);
        assert_ne!(
            HistoryHash::of(&state.log[..1]),
            HistoryHash::of(&state.log[..2])
        );
    }

    /// A header written by a build before the whole-history hash (no `chain`) is still
    /// followed: another tab's appended events are taken as before, by the last event.
    #[test]
    fn a_header_of_an_earlier_build_without_the_history_hash_is_still_followed() {
        let mut kv = MemoryKv::default();
        let mut a = demo::demo();
        let mut a_saved = save(&mut kv, &a, 0).unwrap();
        let mut b = a.clone();
        act(&mut b, true);
        save(&mut kv, &b, a_saved).unwrap();
        let meta = kv.map.get(META_KEY).cloned().unwrap_or_default();
        let without: serde_json::Value = serde_json::from_str(&meta).unwrap();
        let mut without = without.as_object().cloned().unwrap_or_default();
        assert!(without.remove("chain").is_some());
        kv.map.insert(
            META_KEY.into(),
            serde_json::Value::Object(without).to_string(),
        );
        assert_eq!(sync(&kv, &mut a, &mut a_saved), Synced::Appended(1));
        assert_eq!(a, b);
        assert_eq!(sync(&kv, &mut a, &mut a_saved), Synced::Unchanged);
    }

    #[test]
    fn a_reset_elsewhere_replaces_this_tabs_history() {
        let mut kv = MemoryKv::default();
        let mut a = demo::demo();
        act(&mut a, true);
        let mut a_saved = save(&mut kv, &a, 0).unwrap();
        let fresh = demo::blank();
        save(&mut kv, &fresh, usize::MAX).unwrap();
        assert_eq!(sync(&kv, &mut a, &mut a_saved), Synced::Replaced);
        assert_eq!(a, fresh);
        assert_eq!(load(&mut kv).state, fresh);
    }
}
