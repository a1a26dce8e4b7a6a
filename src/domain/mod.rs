//! The pure domain model: no web crates, natively tested.
//!
//! Flow: a `Command` from an `Actor` goes to `decide`, which asks `rules::authorize`
//! (the rule checks, R1–R15) and validates input; it returns `Recorded` events or
//! `Denied` with every unmet rule. `State::evolve` applies events. Projections read.
pub mod catalogue;
pub mod command;
pub mod dataset;
pub mod decide;
pub mod demo;
pub mod event;
pub mod event_json;
pub mod finance;
pub mod ids;
pub mod model;
pub mod money;
pub mod projections;
pub mod rules;
pub mod state;
pub mod time;
pub mod undo;
pub mod verify;

pub use catalogue::{BillingPlan, Catalogue, Product, ProductType, Term};
pub use command::{Command, PurchaseOrder, SavingsPlanOrder};
pub use decide::{decide, quote_purchase};
pub use event::{Actor, Event, Operation, Recorded};
pub use ids::*;
pub use model::*;
pub use money::Money;
pub use projections::{explain, who_may, GridAction, TextQuery};
pub use rules::{Action, Arg, Decision, Denied, Reason, RuleId};
pub use state::State;
pub use time::Timestamp;
