//! Commands: what a person (or the simulator) asks to happen. `decide` answers.
use super::catalogue::{BillingPlan, Term};
use super::ids::*;
use super::model::*;
use super::money::Money;
use super::time::Timestamp;
use serde::{Deserialize, Serialize};

/// Limits on what a command may carry (shown in form hints and error messages).
pub const MAX_QUANTITY: u32 = 10_000;
pub const MAX_NAME_CHARS: usize = 100;
pub const MAX_CLOCK_DAYS: u32 = 3_660;
pub const MAX_CLOCK_MONTHS: u32 = 120;
pub const MAX_USAGE_HOURS: u32 = 1_000_000;

/// V1: what is wrong with a name (message id), if anything. Forms show it as people type;
/// `decide` refuses with it.
pub fn name_error(name: &str) -> Option<&'static str> {
    match name.trim().chars().count() {
        0 => Some("input-name-empty"),
        n if n > MAX_NAME_CHARS => Some("input-name-too-long"),
        _ => None,
    }
}

/// V1, as typed: "12" → Ok(12); anything else → the message id of what is wrong.
pub fn parse_quantity(text: &str) -> Result<u32, &'static str> {
    let t = text.trim();
    if t.is_empty() {
        return Err("input-quantity-empty");
    }
    if !t.chars().all(|c| c.is_ascii_digit()) {
        return Err("input-quantity-whole");
    }
    match t.parse::<u32>() {
        Ok(n) if (1..=MAX_QUANTITY).contains(&n) => Ok(n),
        _ => Err("input-quantity-range"),
    }
}

/// V1: a plausible DNS domain such as `contoso.example`.
pub fn is_valid_domain(text: &str) -> bool {
    let t = text.trim();
    (3..=100).contains(&t.len())
        && t.contains('.')
        && !t.starts_with('.')
        && !t.ends_with('.')
        && t.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PurchaseOrder {
    pub customer: CustomerId,
    pub billing_subscription: SubscriptionId,
    pub product: ProductId,
    pub region: Region,
    pub term: Term,
    pub billing_plan: BillingPlan,
    pub quantity: u32,
    pub scope: Scope,
    /// R14: on unless the buyer unticks it in the purchase form.
    pub auto_renew: bool,
}

/// A savings plan as bought (R17): in the Azure portal by a customer user, or in Partner
/// Center by the partner.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavingsPlanOrder {
    pub customer: CustomerId,
    pub name: String,
    pub billing_subscription: SubscriptionId,
    pub scope: Scope,
    pub term: Term,
    pub billing_plan: BillingPlan,
    /// USD cents per hour.
    pub hourly_commitment: Money,
    pub auto_renew: bool,
}

/// R17: the hourly commitment a savings plan may have (USD 0.01 to USD 100,000 an hour).
pub const MAX_HOURLY_COMMITMENT_CENTS: i64 = 10_000_000;

/// Serialized externally tagged (`{"BuyReservation": {…}}`), as a trainer's lesson file
/// holds its recorded steps: serde reads that form without buffering the whole object
/// first, which for this many variants is most of the reader's code.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Command {
    AddPartnerUser {
        name: String,
        role: PartnerRole,
    },
    AddCustomer {
        name: String,
        domain: String,
    },
    AddCustomerUser {
        customer: CustomerId,
        name: String,
    },
    BuySubscription {
        customer: CustomerId,
        name: String,
        kind: SubscriptionKind,
    },
    SuspendSubscription {
        subscription: SubscriptionId,
    },
    ReactivateSubscription {
        subscription: SubscriptionId,
    },
    AssignRole {
        subscription: SubscriptionId,
        user: UserId,
        role: RbacRole,
    },
    RemoveRole {
        subscription: SubscriptionId,
        user: UserId,
        role: RbacRole,
    },
    /// Turn the customer purchase permission on or off (R2–R4).
    SetPurchasePermission {
        customer: CustomerId,
        on: bool,
    },
    SetCustomerPrice {
        product: ProductId,
        term: Term,
        price: Money,
    },
    SetEarlyTerminationFee {
        basis_points: u32,
    },
    /// Bought in Partner Center by a partner user (R7) or in the Azure portal by a
    /// customer user (R5): the actor decides which.
    BuyReservation(PurchaseOrder),
    Exchange {
        reservation: ReservationId,
        product: ProductId,
        region: Region,
        term: Term,
        billing_plan: BillingPlan,
        quantity: u32,
        /// R13: the new reservation is a purchase, so it takes auto-renew as one does (R14).
        auto_renew: bool,
    },
    Cancel {
        reservation: ReservationId,
    },
    SetAutoRenew {
        reservation: ReservationId,
        on: bool,
    },
    ChangeScope {
        reservation: ReservationId,
        scope: Scope,
    },
    RecordUsage {
        subscription: SubscriptionId,
        product: ProductId,
        region: Region,
        hours_per_month: u32,
    },
    AdvanceClock {
        days: u32,
        months: u32,
    },
    /// The second switch, "Azure savings plan" (R16).
    SetSavingsPlanPermission {
        customer: CustomerId,
        on: bool,
    },
    BuySavingsPlan(SavingsPlanOrder),
    SetSavingsPlanAutoRenew {
        plan: SavingsPlanId,
        on: bool,
    },
    ChangeSavingsPlanScope {
        plan: SavingsPlanId,
        scope: Scope,
    },
    /// Asked so the answer can be shown: R20 refuses it to everybody.
    CancelSavingsPlan {
        plan: SavingsPlanId,
    },
    /// Asked so the answer can be shown: R20 refuses it to everybody.
    ExchangeSavingsPlan {
        plan: SavingsPlanId,
    },
    /// R21: a compute reservation traded in for a savings plan of `term`, billed to the
    /// reservation's subscription with its scope; the hourly commitment is what the
    /// remaining value buys unless one is given.
    TradeIn {
        reservation: ReservationId,
        name: String,
        term: Term,
        billing_plan: BillingPlan,
        hourly_commitment: Option<Money>,
        auto_renew: bool,
    },
    /// R13: the end of the compute exchange grace period, a tenant setting (none: today's
    /// "until further notice").
    SetExchangeGracePeriodEnd {
        end: Option<Timestamp>,
    },
}

impl Command {
    /// A stable name of what is asked (lesson objectives and files refer to it): a refused
    /// command leaves no event, so this names it.
    pub fn code(&self) -> &'static str {
        match self {
            Command::AddPartnerUser { .. } => "add-partner-user",
            Command::AddCustomer { .. } => "add-customer",
            Command::AddCustomerUser { .. } => "add-customer-user",
            Command::BuySubscription { .. } => "buy-subscription",
            Command::SuspendSubscription { .. } => "suspend-subscription",
            Command::ReactivateSubscription { .. } => "reactivate-subscription",
            Command::AssignRole { .. } => "assign-role",
            Command::RemoveRole { .. } => "remove-role",
            Command::SetPurchasePermission { on: true, .. } => "permission-on",
            Command::SetPurchasePermission { on: false, .. } => "permission-off",
            Command::SetCustomerPrice { .. } => "set-customer-price",
            Command::SetEarlyTerminationFee { .. } => "set-early-termination-fee",
            Command::BuyReservation(_) => "buy-reservation",
            Command::Exchange { .. } => "exchange",
            Command::Cancel { .. } => "cancel",
            Command::SetAutoRenew { .. } => "set-auto-renew",
            Command::ChangeScope { .. } => "change-scope",
            Command::RecordUsage { .. } => "record-usage",
            Command::AdvanceClock { .. } => "advance-clock",
            Command::SetSavingsPlanPermission { on: true, .. } => "savings-plan-permission-on",
            Command::SetSavingsPlanPermission { on: false, .. } => "savings-plan-permission-off",
            Command::BuySavingsPlan(_) => "buy-savings-plan",
            Command::SetSavingsPlanAutoRenew { .. } => "set-savings-plan-auto-renew",
            Command::ChangeSavingsPlanScope { .. } => "change-savings-plan-scope",
            Command::CancelSavingsPlan { .. } => "cancel-savings-plan",
            Command::ExchangeSavingsPlan { .. } => "exchange-savings-plan",
            Command::TradeIn { .. } => "trade-in",
            Command::SetExchangeGracePeriodEnd { .. } => "set-exchange-grace-period-end",
        }
    }

    /// The simulator's own commands (the clock, usage): the header runs them whoever is
    /// signed in.
    pub fn is_simulator_control(&self) -> bool {
        matches!(
            self,
            Command::AdvanceClock { .. } | Command::RecordUsage { .. }
        )
    }
}
