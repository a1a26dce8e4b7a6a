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
use super::persist::{self, KeyValue, Loaded, StoreError, Synced};
use crate::domain::{Actor, Command, Denied, Reason, State};

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
    Rebased {
        kept: usize,
        refused: Vec<Refused>,
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
    /// False when storage must not be written (none is available, or an unreadable
    /// history could not be backed up).
    writable: bool,
    /// Accepted actions storage has not taken yet, in order.
    unsaved: Vec<Pending>,
    /// Why the last write failed, until one succeeds.
    problem: Option<StoreError>,
    /// A shared scenario looked at in place of the work; nothing of it is saved.
    sandbox: Option<State>,
}

impl Session {
    /// A session on what `persist::load` found. `available` is false when the browser
    /// offers no storage at all (the store is then memory that vanishes with the tab).
    pub fn new(kv: Box<dyn KeyValue>, loaded: Loaded, available: bool) -> Session {
        Session {
            work: loaded.state,
            kv,
            saved: loaded.saved,
            writable: loaded.writable && available,
            unsaved: Vec::new(),
            problem: (!available).then_some(StoreError::Unavailable),
            sandbox: None,
        }
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
        let n = self.work.execute(actor, command)?;
        self.unsaved.push(Pending {
            actor: actor.clone(),
            command: command.clone(),
        });
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
        match persist::save(self.kv.as_mut(), &self.work, self.saved) {
            Ok(stored) => {
                self.saved = stored;
                self.unsaved.clear();
                self.problem = None;
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
        if self.unsaved.is_empty() {
            return match persist::sync(self.kv.as_ref(), &mut self.work, &mut self.saved) {
                Synced::Unchanged => Update::Unchanged,
                Synced::Appended(n) => Update::Appended(n),
                Synced::Replaced => Update::Replaced,
                Synced::Unreadable => Update::Unreadable,
            };
        }
        // Storage moved on only if its header no longer counts what this tab last stored.
        match persist::stored_events(self.kv.as_ref()) {
            Some(n) if n == self.saved => return Update::Unchanged,
            None => return Update::Unchanged,
            Some(_) => {}
        }
        match persist::stored_state(self.kv.as_ref()) {
            Some(Ok(base)) => {
                let update = self.rebase(base);
                self.save();
                update
            }
            Some(Err(_)) | None => Update::Unreadable,
        }
    }

    /// Storage's history becomes the base; each unsaved action is decided again on it.
    fn rebase(&mut self, base: State) -> Update {
        self.saved = base.log.len();
        self.work = base;
        let mut refused = Vec::new();
        for action in std::mem::take(&mut self.unsaved) {
            match self.work.execute(&action.actor, &action.command) {
                Ok(_) => self.unsaved.push(action),
                Err(denied) => refused.push(Refused {
                    action,
                    reasons: denied.reasons,
                }),
            }
        }
        Update::Rebased {
            kept: self.unsaved.len(),
            refused,
        }
    }

    /// Replaces the work on purpose (reset, import, keeping a shared scenario: each
    /// confirmed by the person) and saves it whole.
    pub fn replace(&mut self, state: State) -> Option<StoreError> {
        self.sandbox = None;
        self.work = state;
        self.unsaved.clear();
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
