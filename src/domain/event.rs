//! Events: the only way state changes. Stored, replayed, projected into the activity log.
use super::catalogue::Term;
use super::ids::*;
use super::model::*;
use super::money::Money;
use super::time::Timestamp;
use serde::{Deserialize, Serialize};

/// Who did something. The simulator itself moves the clock and runs renewals.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Actor {
    Partner(UserId),
    Customer(UserId),
    Simulator,
}

/// Written and read as `{"type": …, fields}` by `Recorded` (see `event_json`). Stored
/// histories hold events by variant index and field position (`store::persist`): new
/// variants go last, and a new field needs a new storage schema.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Event {
    PartnerUserAdded {
        user: UserId,
        name: String,
        role: PartnerRole,
    },
    CustomerAdded {
        customer: CustomerId,
        name: String,
        tenant_id: String,
        domain: String,
    },
    CustomerUserAdded {
        customer: CustomerId,
        user: UserId,
        name: String,
    },
    SubscriptionBought {
        customer: CustomerId,
        subscription: SubscriptionId,
        name: String,
        kind: SubscriptionKind,
    },
    SubscriptionSuspended {
        customer: CustomerId,
        subscription: SubscriptionId,
    },
    SubscriptionReactivated {
        customer: CustomerId,
        subscription: SubscriptionId,
    },
    RoleAssigned {
        customer: CustomerId,
        subscription: SubscriptionId,
        user: UserId,
        role: RbacRole,
    },
    RoleRemoved {
        customer: CustomerId,
        subscription: SubscriptionId,
        user: UserId,
        role: RbacRole,
    },
    /// R4: "Create customer purchase permissions".
    PermissionCreated {
        customer: CustomerId,
        policy: SelfServePolicy,
    },
    /// R4: "Delete customer purchase permissions".
    PermissionDeleted {
        customer: CustomerId,
        policy_id: String,
    },
    CustomerPriceSet {
        product: ProductId,
        term: Term,
        price: Money,
    },
    EarlyTerminationFeeSet {
        basis_points: u32,
    },
    ReservationPurchased {
        reservation: Reservation,
    },
    ReservationExchanged {
        customer: CustomerId,
        old: ReservationId,
        returned_value: Money,
        new: Reservation,
    },
    ReservationCancelled {
        customer: CustomerId,
        reservation: ReservationId,
        refund: Money,
        fee: Money,
    },
    AutoRenewSet {
        customer: CustomerId,
        reservation: ReservationId,
        on: bool,
    },
    ScopeChanged {
        customer: CustomerId,
        reservation: ReservationId,
        scope: Scope,
    },
    ReservationRenewed {
        customer: CustomerId,
        old: ReservationId,
        new: Reservation,
    },
    ReservationExpired {
        customer: CustomerId,
        reservation: ReservationId,
    },
    UsageRecorded {
        customer: CustomerId,
        subscription: SubscriptionId,
        product: ProductId,
        region: Region,
        hours_per_month: u32,
    },
    ClockAdvanced {
        to: Timestamp,
    },
    /// R12 by billing plan: a reservation cancelled with its refund. Replaces
    /// `ReservationCancelled` for new cancellations; that one stays readable, keeping the
    /// refund it recorded.
    ReservationRefunded {
        customer: CustomerId,
        reservation: ReservationId,
        /// Money back to the customer now, after the fee.
        refund: Money,
        fee: Money,
        /// Monthly billing: the future payments that stop (upfront: zero).
        stopped_payments: Money,
        /// The cancelled commitment counted towards the refund cap.
        counted: Money,
        /// The partner's cost refunded by Microsoft, in proportion.
        partner_refund: Money,
    },
    /// R16: "Create Customer Purchase Permissions" for the Azure savings plan switch.
    SavingsPlanPermissionCreated {
        customer: CustomerId,
        policy: SelfServePolicy,
    },
    /// R16: "Delete Customer Purchase Permissions" for the Azure savings plan switch.
    SavingsPlanPermissionDeleted {
        customer: CustomerId,
        policy_id: String,
    },
    SavingsPlanPurchased {
        plan: SavingsPlan,
    },
    SavingsPlanAutoRenewSet {
        customer: CustomerId,
        plan: SavingsPlanId,
        on: bool,
    },
    SavingsPlanScopeChanged {
        customer: CustomerId,
        plan: SavingsPlanId,
        scope: Scope,
    },
    SavingsPlanRenewed {
        customer: CustomerId,
        old: SavingsPlanId,
        new: SavingsPlan,
    },
    SavingsPlanExpired {
        customer: CustomerId,
        plan: SavingsPlanId,
    },
    /// R21: the reservation is cancelled with R12's refund (not counted towards the cap)
    /// and the savings plan bought.
    ReservationTradedIn {
        customer: CustomerId,
        reservation: ReservationId,
        refund: Money,
        stopped_payments: Money,
        plan: SavingsPlan,
    },
    /// R13: the compute exchange grace period's end, as a tenant setting.
    ExchangeGracePeriodEndSet {
        end: Option<Timestamp>,
    },
    /// R14: a renewal is a new purchase; at expiry its purchase checks failed (the billing
    /// subscription was no longer eligible, R7), so the reservation expired instead.
    ReservationNotRenewed {
        customer: CustomerId,
        reservation: ReservationId,
        billing_subscription: SubscriptionId,
    },
}

impl Event {
    /// The customer an activity-log line is about, if any.
    pub fn customer(&self) -> Option<&CustomerId> {
        use Event::*;
        match self {
            PartnerUserAdded { .. }
            | CustomerPriceSet { .. }
            | EarlyTerminationFeeSet { .. }
            | ClockAdvanced { .. }
            | ExchangeGracePeriodEndSet { .. } => None,
            CustomerAdded { customer, .. }
            | CustomerUserAdded { customer, .. }
            | SubscriptionBought { customer, .. }
            | SubscriptionSuspended { customer, .. }
            | SubscriptionReactivated { customer, .. }
            | RoleAssigned { customer, .. }
            | RoleRemoved { customer, .. }
            | PermissionCreated { customer, .. }
            | PermissionDeleted { customer, .. }
            | ReservationExchanged { customer, .. }
            | ReservationCancelled { customer, .. }
            | ReservationRefunded { customer, .. }
            | AutoRenewSet { customer, .. }
            | ScopeChanged { customer, .. }
            | ReservationRenewed { customer, .. }
            | ReservationExpired { customer, .. }
            | UsageRecorded { customer, .. }
            | SavingsPlanPermissionCreated { customer, .. }
            | SavingsPlanPermissionDeleted { customer, .. }
            | SavingsPlanAutoRenewSet { customer, .. }
            | SavingsPlanScopeChanged { customer, .. }
            | SavingsPlanRenewed { customer, .. }
            | SavingsPlanExpired { customer, .. }
            | ReservationTradedIn { customer, .. }
            | ReservationNotRenewed { customer, .. } => Some(customer),
            ReservationPurchased { reservation } => Some(&reservation.customer),
            SavingsPlanPurchased { plan } => Some(&plan.customer),
        }
    }

    /// Stable, language-independent operation code (exports, filters, scenario files).
    pub fn operation(&self) -> Operation {
        use Event::*;
        match self {
            PartnerUserAdded { .. } => Operation::AddPartnerUser,
            CustomerAdded { .. } => Operation::AddCustomer,
            CustomerUserAdded { .. } => Operation::AddCustomerUser,
            SubscriptionBought { .. } => Operation::BuySubscription,
            SubscriptionSuspended { .. } => Operation::SuspendSubscription,
            SubscriptionReactivated { .. } => Operation::ReactivateSubscription,
            RoleAssigned { .. } => Operation::AssignRole,
            RoleRemoved { .. } => Operation::RemoveRole,
            PermissionCreated { .. } => Operation::CreateCustomerPurchasePermissions,
            PermissionDeleted { .. } => Operation::DeleteCustomerPurchasePermissions,
            CustomerPriceSet { .. } => Operation::SetCustomerPrice,
            EarlyTerminationFeeSet { .. } => Operation::SetEarlyTerminationFee,
            ReservationPurchased { reservation } => match reservation.channel {
                Channel::AzurePortal => Operation::PurchaseReservationByCustomer,
                _ => Operation::PurchaseReservationByPartner,
            },
            ReservationExchanged { .. } => Operation::ExchangeReservation,
            ReservationCancelled { .. } | ReservationRefunded { .. } => {
                Operation::CancelReservation
            }
            SavingsPlanPermissionCreated { .. } => Operation::CreateCustomerPurchasePermissions,
            SavingsPlanPermissionDeleted { .. } => Operation::DeleteCustomerPurchasePermissions,
            SavingsPlanPurchased { plan } => match plan.channel {
                Channel::AzurePortal => Operation::PurchaseSavingsPlanByCustomer,
                _ => Operation::PurchaseSavingsPlanByPartner,
            },
            SavingsPlanAutoRenewSet { .. } => Operation::SetSavingsPlanAutoRenew,
            SavingsPlanScopeChanged { .. } => Operation::ChangeSavingsPlanScope,
            SavingsPlanRenewed { .. } => Operation::RenewSavingsPlan,
            SavingsPlanExpired { .. } => Operation::ExpireSavingsPlan,
            ReservationTradedIn { .. } => Operation::TradeInReservation,
            ExchangeGracePeriodEndSet { .. } => Operation::SetExchangeGracePeriodEnd,
            AutoRenewSet { .. } => Operation::SetAutoRenew,
            ScopeChanged { .. } => Operation::ChangeScope,
            ReservationRenewed { .. } => Operation::RenewReservation,
            ReservationExpired { .. } => Operation::ExpireReservation,
            ReservationNotRenewed { .. } => Operation::ReservationNotRenewed,
            UsageRecorded { .. } => Operation::RecordUsage,
            ClockAdvanced { .. } => Operation::AdvanceClock,
        }
    }
}

/// Activity-log operation names. The two permission ones are Partner Center's own (R4).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Operation {
    AddPartnerUser,
    AddCustomer,
    AddCustomerUser,
    BuySubscription,
    SuspendSubscription,
    ReactivateSubscription,
    AssignRole,
    RemoveRole,
    CreateCustomerPurchasePermissions,
    DeleteCustomerPurchasePermissions,
    SetCustomerPrice,
    SetEarlyTerminationFee,
    PurchaseReservationByPartner,
    PurchaseReservationByCustomer,
    ExchangeReservation,
    CancelReservation,
    SetAutoRenew,
    ChangeScope,
    RenewReservation,
    ExpireReservation,
    RecordUsage,
    AdvanceClock,
    PurchaseSavingsPlanByPartner,
    PurchaseSavingsPlanByCustomer,
    SetSavingsPlanAutoRenew,
    ChangeSavingsPlanScope,
    RenewSavingsPlan,
    ExpireSavingsPlan,
    TradeInReservation,
    SetExchangeGracePeriodEnd,
    ReservationNotRenewed,
}

impl Operation {
    pub const ALL: [Operation; 31] = [
        Operation::AddPartnerUser,
        Operation::AddCustomer,
        Operation::AddCustomerUser,
        Operation::BuySubscription,
        Operation::SuspendSubscription,
        Operation::ReactivateSubscription,
        Operation::AssignRole,
        Operation::RemoveRole,
        Operation::CreateCustomerPurchasePermissions,
        Operation::DeleteCustomerPurchasePermissions,
        Operation::SetCustomerPrice,
        Operation::SetEarlyTerminationFee,
        Operation::PurchaseReservationByPartner,
        Operation::PurchaseReservationByCustomer,
        Operation::ExchangeReservation,
        Operation::CancelReservation,
        Operation::SetAutoRenew,
        Operation::ChangeScope,
        Operation::RenewReservation,
        Operation::ExpireReservation,
        Operation::RecordUsage,
        Operation::AdvanceClock,
        Operation::PurchaseSavingsPlanByPartner,
        Operation::PurchaseSavingsPlanByCustomer,
        Operation::SetSavingsPlanAutoRenew,
        Operation::ChangeSavingsPlanScope,
        Operation::RenewSavingsPlan,
        Operation::ExpireSavingsPlan,
        Operation::TradeInReservation,
        Operation::SetExchangeGracePeriodEnd,
        Operation::ReservationNotRenewed,
    ];

    /// Stable code for files; also the suffix of the message id `op-<code>`.
    pub fn code(self) -> &'static str {
        match self {
            Operation::AddPartnerUser => "add-partner-user",
            Operation::AddCustomer => "add-customer",
            Operation::AddCustomerUser => "add-customer-user",
            Operation::BuySubscription => "buy-subscription",
            Operation::SuspendSubscription => "suspend-subscription",
            Operation::ReactivateSubscription => "reactivate-subscription",
            Operation::AssignRole => "assign-role",
            Operation::RemoveRole => "remove-role",
            Operation::CreateCustomerPurchasePermissions => "create-customer-purchase-permissions",
            Operation::DeleteCustomerPurchasePermissions => "delete-customer-purchase-permissions",
            Operation::SetCustomerPrice => "set-customer-price",
            Operation::SetEarlyTerminationFee => "set-early-termination-fee",
            Operation::PurchaseReservationByPartner => "purchase-reservation-partner",
            Operation::PurchaseReservationByCustomer => "purchase-reservation-customer",
            Operation::ExchangeReservation => "exchange-reservation",
            Operation::CancelReservation => "cancel-reservation",
            Operation::SetAutoRenew => "set-auto-renew",
            Operation::ChangeScope => "change-scope",
            Operation::RenewReservation => "renew-reservation",
            Operation::ExpireReservation => "expire-reservation",
            Operation::RecordUsage => "record-usage",
            Operation::AdvanceClock => "advance-clock",
            Operation::PurchaseSavingsPlanByPartner => "purchase-savings-plan-partner",
            Operation::PurchaseSavingsPlanByCustomer => "purchase-savings-plan-customer",
            Operation::SetSavingsPlanAutoRenew => "set-savings-plan-auto-renew",
            Operation::ChangeSavingsPlanScope => "change-savings-plan-scope",
            Operation::RenewSavingsPlan => "renew-savings-plan",
            Operation::ExpireSavingsPlan => "expire-savings-plan",
            Operation::TradeInReservation => "trade-in-reservation",
            Operation::SetExchangeGracePeriodEnd => "set-exchange-grace-period-end",
            Operation::ReservationNotRenewed => "reservation-not-renewed",
        }
    }

    /// English name as Partner Center writes it; the UI translates via `op-<code>`.
    pub fn english(self) -> &'static str {
        match self {
            Operation::AddPartnerUser => "Add partner user",
            Operation::AddCustomer => "Add customer",
            Operation::AddCustomerUser => "Add customer user",
            Operation::BuySubscription => "Purchase subscription",
            Operation::SuspendSubscription => "Suspend subscription",
            Operation::ReactivateSubscription => "Reactivate subscription",
            Operation::AssignRole => "Assign role",
            Operation::RemoveRole => "Remove role",
            Operation::CreateCustomerPurchasePermissions => "Create customer purchase permissions",
            Operation::DeleteCustomerPurchasePermissions => "Delete customer purchase permissions",
            Operation::SetCustomerPrice => "Update customer price",
            Operation::SetEarlyTerminationFee => "Update early termination fee",
            Operation::PurchaseReservationByPartner => "Reservation purchased by partner",
            Operation::PurchaseReservationByCustomer => "Reservation purchased by customer",
            Operation::ExchangeReservation => "Exchange reservation",
            Operation::CancelReservation => "Cancel reservation (refund)",
            Operation::SetAutoRenew => "Update reservation auto-renew",
            Operation::ChangeScope => "Change reservation scope",
            Operation::RenewReservation => "Reservation renewed",
            Operation::ExpireReservation => "Reservation expired",
            Operation::RecordUsage => "Record usage",
            Operation::AdvanceClock => "Simulated clock advanced",
            Operation::PurchaseSavingsPlanByPartner => "Savings plan purchased by partner",
            Operation::PurchaseSavingsPlanByCustomer => "Savings plan purchased by customer",
            Operation::SetSavingsPlanAutoRenew => "Update savings plan auto-renew",
            Operation::ChangeSavingsPlanScope => "Change savings plan scope",
            Operation::RenewSavingsPlan => "Savings plan renewed",
            Operation::ExpireSavingsPlan => "Savings plan expired",
            Operation::TradeInReservation => "Trade in reservation for a savings plan",
            Operation::SetExchangeGracePeriodEnd => "Update end of reservation exchanges",
            Operation::ReservationNotRenewed => "Reservation not renewed",
        }
    }

    pub fn from_code(code: &str) -> Option<Operation> {
        Operation::ALL.into_iter().find(|op| op.code() == code)
    }
}

/// One entry of the event log: what happened, when on the simulated clock, and who did it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Recorded {
    pub seq: u64,
    pub at: Timestamp,
    pub actor: Actor,
    #[serde(with = "super::event_json")]
    pub event: Event,
}
