//! A tab's session: the history it works on, and the store it is saved to.
//!
//! Every accepted action is saved at once. When storage refuses the write (full, or no
//! storage at all), the action stays in the tab as part of the **unsaved tail**: the
//! actions (who asked for what) accepted since storage last took a write. The tail is
//! never dropped. Bringing the tab up to what storage holds (another tab wrote) applies
//! storage's history and re-decides the tail on top of it, as a rebase: every action the
//! rules now refuse is reported with its reasons. The next save that succeeds stores the
//! whole tail. Only replacing the history on purpose (reset, import, keeping a shared
//! scenario, all confirmed by the person) discards it.
use super::persist::{self, HistoryHashes, KeyValue, Loaded, StoreError, Synced, Tip};
use crate::domain::undo::Step;
use crate::domain::{Actor, Command, Denied, Event, Reason, Recorded, State};

/// How many actions back undo reaches.
pub const UNDO_LIMIT: usize = 200;

/// An action that can be taken back: this tab's own (with the command, which goes back
/// into the unsaved tail if redone while storage refuses), or another tab's.
struct Undoable {
    step: Step,
    own: Option<Pending>,
}

/// An action taken back, until the next action: its events, as recorded.
struct Redoable {
    events: Vec<Recorded>,
    own: Option<Pending>,
}

/// What asking to undo did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Undo {
    /// There is nothing to take back.
    Nothing,
    /// The last action was another tab's: undo it only when the person confirms.
    AskFirst,
    /// Taken back; Redo brings it back until the next action.
    Done,
}

/// An action accepted in this tab, kept as it was asked for so it can be decided again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pending {
    pub actor: Actor,
    pub command: Command,
}

/// An unsaved action that the rules refused once another tab's work was applied first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refused {
    pub action: Pending,
    pub reasons: Vec<Reason>,
}

/// What bringing the tab up to storage did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Update {
    Unchanged,
    /// Another tab appended events; they were applied here.
    Appended(usize),
    /// Storage holds another history (reset or import elsewhere): it replaced this one.
    Replaced,
    /// Storage could not be read; this tab keeps its own state.
    Unreadable,
    /// Storage moved on while this tab had unsaved actions: storage's history was applied
    /// and the unsaved actions decided again on top of it. `kept` are still unsaved
    /// (until the next save succeeds); `refused` the ones the rules now refuse.
    /// `diverged`: storage no longer holds what this tab had saved (another tab undid,
    /// reset or imported), so more than the unsaved actions changed on screen.
    Rebased {
        kept: usize,
        refused: Vec<Refused>,
        diverged: bool,
    },
}

impl Update {
    pub fn changed(&self) -> bool {
        !matches!(self, Update::Unchanged | Update::Unreadable)
    }
}

pub struct Session {
    work: State,
    kv: Box<dyn KeyValue>,
    /// Leading events of `work` that storage holds.
    saved: usize,
    /// The hashes of `work`'s history: kept in step with it here, the one place it changes.
    hashes: HistoryHashes,
    /// False when storage must not be written (none is available, or an unreadable
    /// history could not be backed up).
    writable: bool,
    /// Accepted actions storage has not taken yet, in order.
    unsaved: Vec<Pending>,
    /// Why the last write failed, until one succeeds.
    problem: Option<StoreError>,
    /// A shared scenario looked at in place of the work; nothing of it is saved.
    sandbox: Option<State>,
    undo: Vec<Undoable>,
    redo: Vec<Redoable>,
    /// What storage held when an undo could not shorten the stored history: until a save
    /// succeeds, storage still holding exactly that is this tab's own, not another's.
    untruncated: Option<Tip>,
}

impl Session {
    /// A session on what `persist::load` found. `available` is false when the browser
    /// offers no storage at all (the store is then memory that vanishes with the tab).
    pub fn new(kv: Box<dyn KeyValue>, loaded: Loaded, available: bool) -> Session {
        Session {
            work: loaded.state,
            kv,
            saved: loaded.saved,
            hashes: loaded.hashes,
            writable: loaded.writable && available,
            unsaved: Vec::new(),
            problem: (!available).then_some(StoreError::Unavailable),
            sandbox: None,
            undo: Vec::new(),
            redo: Vec::new(),
            untruncated: None,
        }
    }

    /// Whether Undo can take something back: `Some(true)` this tab's own action,
    /// `Some(false)` another tab's (asks first).
    pub fn can_undo(&self) -> Option<bool> {
        if self.sandbox.is_some() {
            return None;
        }
        self.undo.last().map(|u| u.own.is_some())
    }

    pub fn can_redo(&self) -> bool {
        self.sandbox.is_none() && !self.redo.is_empty()
    }

    fn remember(&mut self, step: Step, own: Option<Pending>) {
        self.undo.push(Undoable { step, own });
        if self.undo.len() > UNDO_LIMIT {
            self.undo.remove(0);
        }
    }

    /// Takes the last action back (another tab's only when `confirmed`), in the work and
    /// in storage: the stored history is rewritten from the chunk the action began in.
    pub fn undo(&mut self, confirmed: bool) -> Undo {
        match self.can_undo() {
            None => return Undo::Nothing,
            Some(false) if !confirmed => return Undo::AskFirst,
            Some(_) => {}
        }
        let Some(last) = self.undo.pop() else {
            return Undo::Nothing;
        };
        let stored_before = persist::stored_tip(self.kv.as_ref());
        let events = last.step.undo(&mut self.work);
        let len = self.work.log.len();
        self.hashes.truncate(len);
        if len >= self.saved {
            // not stored yet: it was the unsaved tail's last action
            if last.own.is_some() {
                self.unsaved.pop();
            }
        } else {
            self.saved = len;
            if self.save().is_some() {
                self.untruncated = stored_before;
            }
        }
        self.redo.push(Redoable {
            events,
            own: last.own,
        });
        Undo::Done
    }

    /// Brings back the action Undo took back last; false when there is none or the
    /// history has moved on since.
    pub fn redo(&mut self) -> bool {
        let Some(entry) = self.redo.pop() else {
            return false;
        };
        if entry.events.first().map(|e| e.seq) != Some(self.work.next_seq()) {
            self.redo.clear();
            return false;
        }
        let step = Step::apply(&mut self.work, entry.events);
        if let Some(own) = &entry.own {
            self.unsaved.push(own.clone());
        }
        self.remember(step, entry.own);
        self.save();
        true
    }

    /// The state on screen: the shared scenario while one is open, else the work.
    pub fn state(&self) -> &State {
        self.sandbox.as_ref().unwrap_or(&self.work)
    }

    pub fn kv(&self) -> &dyn KeyValue {
        self.kv.as_ref()
    }

    /// Writes a preference (persona, language) beside the history; best effort.
    pub fn set_pref(&mut self, key: &str, value: &str) {
        if self.writable {
            let _ = self.kv.set(key, value);
        }
    }

    /// Removes a preference, or every key under a prefix (a reset of lesson progress).
    pub fn remove_prefs(&mut self, prefix: &str) {
        if self.writable {
            for key in self.kv.keys_with_prefix(prefix) {
                self.kv.remove(&key);
            }
        }
    }

    pub fn problem(&self) -> Option<StoreError> {
        self.problem
    }

    /// The accepted actions storage does not hold yet.
    pub fn unsaved(&self) -> &[Pending] {
        &self.unsaved
    }

    pub fn in_sandbox(&self) -> bool {
        self.sandbox.is_some()
    }

    /// Decides and applies an action; saves it, or keeps it in the unsaved tail when
    /// storage refuses. A refusal by the rules changes nothing.
    pub fn execute(&mut self, actor: &Actor, command: &Command) -> Result<usize, Denied> {
        if let Some(sandbox) = &mut self.sandbox {
            return sandbox.execute(actor, command);
        }
        let step = self.work.execute_undoable(actor, command)?;
        let n = step.events.len();
        let pending = Pending {
            actor: actor.clone(),
            command: command.clone(),
        };
        self.unsaved.push(pending.clone());
        self.remember(step, Some(pending));
        self.redo.clear();
        self.save();
        Ok(n)
    }

    /// Writes everything storage does not hold yet (the unsaved tail included); the
    /// problem, if storage still refuses.
    pub fn save(&mut self) -> Option<StoreError> {
        if !self.writable {
            self.problem = Some(StoreError::Unavailable);
            return self.problem;
        }
        match persist::save_with(self.kv.as_mut(), &self.work, self.saved, &mut self.hashes) {
            Ok(stored) => {
                self.saved = stored;
                self.unsaved.clear();
                self.problem = None;
                self.untruncated = None;
            }
            Err(e) => self.problem = Some(e),
        }
        self.problem
    }

    /// Saves what the start did not (a fresh demo is saved after the first frame).
    pub fn save_if_behind(&mut self) -> Option<StoreError> {
        if self.sandbox.is_none() && self.saved < self.work.log.len() {
            self.save()
        } else {
            None
        }
    }

    /// Brings the work up to what storage holds (called before every action and when
    /// another tab writes), so two tabs never decide on stale state, and never drops an
    /// unsaved action: those are decided again on top of storage's history.
    pub fn sync(&mut self) -> Update {
        if !self.writable {
            // nothing else writes where this tab cannot
            return Update::Unchanged;
        }
        if self.untruncated.is_some()
            && persist::stored_tip(self.kv.as_ref()) == self.untruncated
            && !persist::stores(
                self.kv.as_ref(),
                &self.work.log,
                self.saved,
                &mut self.hashes,
            )
        {
            // storage still holds what an undo could not shorten: ours, not news
            return Update::Unchanged;
        }
        if self.unsaved.is_empty() {
            let undo = &mut self.undo;
            let mut appended = Vec::new();
            let synced = persist::sync_with(
                self.kv.as_ref(),
                &mut self.work,
                &mut self.saved,
                &mut self.hashes,
                |state, events| {
                    // another tab's actions, one undo step each (a clock move with the
                    // renewals and expiries it brought is one)
                    let mut group = Vec::new();
                    for e in events {
                        let closes = !matches!(
                            e.event,
                            Event::ReservationRenewed { .. }
                                | Event::ReservationExpired { .. }
                                | Event::ReservationNotRenewed { .. }
                                | Event::SavingsPlanRenewed { .. }
                                | Event::SavingsPlanExpired { .. }
                        );
                        group.push(e);
                        if closes {
                            appended.push(Step::apply(state, std::mem::take(&mut group)));
                        }
                    }
                    if !group.is_empty() {
                        appended.push(Step::apply(state, group));
                    }
                },
            );
            for step in appended {
                undo.push(Undoable { step, own: None });
            }
            let update = match synced {
                Synced::Unchanged => Update::Unchanged,
                Synced::Appended(n) => Update::Appended(n),
                Synced::Replaced => {
                    self.undo.clear();
                    Update::Replaced
                }
                Synced::Unreadable => Update::Unreadable,
            };
            if update.changed() {
                self.redo.clear();
            }
            return update;
        }
        // Storage moved on only if its header no longer describes what this tab last stored.
        match persist::stored_events(self.kv.as_ref()) {
            None => return Update::Unchanged,
            Some(_)
                if persist::stores(
                    self.kv.as_ref(),
                    &self.work.log,
                    self.saved,
                    &mut self.hashes,
                ) =>
            {
                return Update::Unchanged
            }
            Some(_) => {}
        }
        match persist::stored_state(self.kv.as_ref()) {
            Some(Ok((base, hashes))) => {
                let update = self.rebase(base, hashes);
                self.save();
                update
            }
            Some(Err(_)) | None => Update::Unreadable,
        }
    }

    /// Storage's history becomes the base; each unsaved action is decided again on it.
    /// Undo reaches back to the base: the actions before it were replayed, not journaled.
    fn rebase(&mut self, base: State, hashes: HistoryHashes) -> Update {
        let diverged = base.log.get(..self.saved) != self.work.log.get(..self.saved);
        self.saved = base.log.len();
        self.work = base;
        self.hashes = hashes;
        self.undo.clear();
        self.redo.clear();
        let mut refused = Vec::new();
        for action in std::mem::take(&mut self.unsaved) {
            match self.work.execute_undoable(&action.actor, &action.command) {
                Ok(step) => {
                    self.undo.push(Undoable {
                        step,
                        own: Some(action.clone()),
                    });
                    self.unsaved.push(action)
                }
                Err(denied) => refused.push(Refused {
                    action,
                    reasons: denied.reasons,
                }),
            }
        }
        Update::Rebased {
            kept: self.unsaved.len(),
            refused,
            diverged,
        }
    }

    /// Replaces the work on purpose (reset, import, keeping a shared scenario: each
    /// confirmed by the person) and saves it whole.
    pub fn replace(&mut self, state: State) -> Option<StoreError> {
        self.sandbox = None;
        self.work = state;
        self.hashes.forget();
        self.unsaved.clear();
        self.undo.clear();
        self.redo.clear();
        // storage holds none of it yet: every chunk is written
        self.saved = 0;
        self.save()
    }

    /// Looks at a shared scenario without touching the work (or its unsaved tail).
    pub fn open_sandbox(&mut self, state: State) {
        self.sandbox = Some(state);
    }

    /// Back to the work, exactly as it was left.
    pub fn leave_sandbox(&mut self) {
        self.sandbox = None;
    }

    /// The shared scenario becomes the work.
    pub fn keep_sandbox(&mut self) -> Option<StoreError> {
        match self.sandbox.take() {
            Some(state) => self.replace(state),
            None => self.problem,
        }
    }
}
