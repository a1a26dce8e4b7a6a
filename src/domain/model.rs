//! Entities of DOMAIN.md ("Who is who", "Things").
use super::catalogue::{BillingPlan, Term};
use super::ids::*;
use super::money::Money;
use super::time::Timestamp;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum PartnerRole {
    AdminAgent,
    SalesAgent,
    HelpdeskAgent,
}

impl PartnerRole {
    pub const ALL: [PartnerRole; 3] = [
        PartnerRole::AdminAgent,
        PartnerRole::SalesAgent,
        PartnerRole::HelpdeskAgent,
    ];
    pub fn key(self) -> &'static str {
        match self {
            PartnerRole::AdminAgent => "role-admin-agent",
            PartnerRole::SalesAgent => "role-sales-agent",
            PartnerRole::HelpdeskAgent => "role-helpdesk-agent",
        }
    }
    /// The role's name inside a sentence ("een verkoopagent", "en försäljningsagent":
    /// lower case in Dutch and Swedish, as Microsoft writes them).
    pub fn in_text_key(self) -> &'static str {
        match self {
            PartnerRole::AdminAgent => "role-in-text-admin-agent",
            PartnerRole::SalesAgent => "role-in-text-sales-agent",
            PartnerRole::HelpdeskAgent => "role-in-text-helpdesk-agent",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum RbacRole {
    Owner,
    ReservationPurchaser,
    Contributor,
    Reader,
}

impl RbacRole {
    pub const ALL: [RbacRole; 4] = [
        RbacRole::Owner,
        RbacRole::ReservationPurchaser,
        RbacRole::Contributor,
        RbacRole::Reader,
    ];
    pub fn key(self) -> &'static str {
        match self {
            RbacRole::Owner => "rbac-owner",
            RbacRole::ReservationPurchaser => "rbac-reservation-purchaser",
            RbacRole::Contributor => "rbac-contributor",
            RbacRole::Reader => "rbac-reader",
        }
    }
    /// R5(c): the roles that may buy reservations.
    pub fn may_purchase_reservations(self) -> bool {
        matches!(self, RbacRole::Owner | RbacRole::ReservationPurchaser)
    }
    /// R17(c): the article names Owner for savings plans (Reservation Purchaser is a
    /// reservations role).
    pub fn may_purchase_savings_plans(self) -> bool {
        self == RbacRole::Owner
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Partner {
    pub tenant_id: String,
    pub name: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartnerUser {
    pub id: UserId,
    pub name: String,
    pub role: PartnerRole,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Customer {
    pub id: CustomerId,
    pub name: String,
    pub tenant_id: String,
    pub domain: String,
    /// The SelfServePolicy's "AzureReservedInstances" permission; `None` is "off" (R1).
    pub permission: Option<SelfServePolicy>,
    /// Its "AzureSavingsPlan" permission, the article's second switch (R16); `None` is off.
    pub savings_plan_permission: Option<SelfServePolicy>,
    /// Sequence number of the last change to either permission: the API's etag (a PUT
    /// with an older one is refused).
    pub policy_version: u64,
}

impl Customer {
    pub fn permission_for(&self, resource: PermissionResource) -> Option<&SelfServePolicy> {
        match resource {
            PermissionResource::AzureReservedInstances => self.permission.as_ref(),
            PermissionResource::AzureSavingsPlan => self.savings_plan_permission.as_ref(),
        }
    }
}

/// The two switches of "Customer permissions" (R2–R4, R16): the SelfServePolicy's
/// resources in the Partner Center API.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum PermissionResource {
    AzureReservedInstances,
    AzureSavingsPlan,
}

impl PermissionResource {
    pub const ALL: [PermissionResource; 2] = [
        PermissionResource::AzureReservedInstances,
        PermissionResource::AzureSavingsPlan,
    ];
    /// The API's own name for it.
    pub fn api_name(self) -> &'static str {
        match self {
            PermissionResource::AzureReservedInstances => "AzureReservedInstances",
            PermissionResource::AzureSavingsPlan => "AzureSavingsPlan",
        }
    }
    pub fn from_api_name(name: &str) -> Option<PermissionResource> {
        PermissionResource::ALL
            .into_iter()
            .find(|r| r.api_name() == name)
    }
    /// The heading of its switch on the Account page.
    pub fn key(self) -> &'static str {
        match self {
            PermissionResource::AzureReservedInstances => "permissions-azure-reservations",
            PermissionResource::AzureSavingsPlan => "permissions-azure-savings-plan",
        }
    }
}

/// The Partner Center API's SelfServePolicy for "AzureReservedInstances" / "Purchase".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SelfServePolicy {
    /// `{partner tenant id}_{customer tenant id}`.
    pub id: String,
    pub etag: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CustomerUser {
    pub id: UserId,
    pub customer: CustomerId,
    pub name: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SubscriptionKind {
    AzurePlan,
    /// The legacy "Microsoft Azure" offer.
    AzureGlobal,
}

impl SubscriptionKind {
    pub fn key(self) -> &'static str {
        match self {
            SubscriptionKind::AzurePlan => "subscription-azure-plan",
            SubscriptionKind::AzureGlobal => "subscription-azure-global",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SubscriptionStatus {
    Active,
    Suspended,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Subscription {
    pub id: SubscriptionId,
    pub customer: CustomerId,
    pub name: String,
    pub kind: SubscriptionKind,
    pub status: SubscriptionStatus,
}

impl Subscription {
    /// R3/R5(b): active Azure plan or Azure Global, bought by this partner (every
    /// subscription in the simulator is bought through it).
    pub fn is_eligible(&self) -> bool {
        self.status == SubscriptionStatus::Active
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Scope {
    Single(SubscriptionId),
    Shared,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ReservationStatus {
    Active,
    Cancelled,
    Exchanged,
    Expired,
    /// Replaced by its auto-renewal (R14).
    Renewed,
}

/// Who bought a reservation: shows on order history and activity log (R6).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Channel {
    /// The partner bought it on behalf of the customer (R7).
    PartnerCenter,
    /// The customer bought it itself (R5); billed to the partner all the same (R6).
    AzurePortal,
    /// Auto-renewal at expiry (R14).
    AutoRenew,
    /// The new half of an exchange (R13).
    Exchange,
    /// A savings plan bought by trading a reservation in (R21).
    TradeIn,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reservation {
    pub id: ReservationId,
    pub order: OrderId,
    pub customer: CustomerId,
    pub billing_subscription: SubscriptionId,
    pub product: ProductId,
    pub region: Region,
    pub term: Term,
    pub billing_plan: BillingPlan,
    pub quantity: u32,
    pub scope: Scope,
    pub auto_renew: bool,
    pub status: ReservationStatus,
    pub channel: Channel,
    pub bought_by: UserId,
    pub start: Timestamp,
    pub end: Timestamp,
    /// What the customer pays for the whole term (R8).
    pub customer_price: Money,
    /// What the partner pays Microsoft for the whole term (R6: billed to the partner).
    pub partner_cost: Money,
    /// Always the partner's tenant: customer purchases are billed to the partner (R6).
    pub billed_to: String,
}

impl Reservation {
    /// What the partner got back of a refund to the customer as the builds before R12's
    /// partner share followed the partner's own cost computed it: the same share of its cost
    /// as the refund is of the customer's price (refunds recorded then keep it).
    pub fn partner_share(&self, refund: Money) -> Money {
        self.partner_cost.prorate(refund.0, self.customer_price.0)
    }

    pub fn is_active(&self) -> bool {
        self.status == ReservationStatus::Active
    }
}

/// R19, R21: what a savings plan covers: compute (bought, or a compute reservation traded
/// in) or databases (a SQL Database reservation traded in, one year).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SavingsPlanKind {
    Compute,
    Database,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SavingsPlanStatus {
    Active,
    Expired,
    /// Replaced by its auto-renewal.
    Renewed,
}

/// An Azure savings plan for compute (R16–R21): an hourly commitment in USD for one or
/// three years. Nobody can cancel, exchange or refund it (R20).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavingsPlan {
    pub id: SavingsPlanId,
    pub order: OrderId,
    pub name: String,
    pub customer: CustomerId,
    pub billing_subscription: SubscriptionId,
    pub scope: Scope,
    pub term: Term,
    pub billing_plan: BillingPlan,
    /// USD cents per hour (USD 5.00 per hour is 500).
    pub hourly_commitment: Money,
    pub auto_renew: bool,
    pub status: SavingsPlanStatus,
    /// Azure portal (the customer's own: invisible to Partner Center, R18), Partner
    /// Center (R17), auto-renewal, or a trade-in (R21).
    pub channel: Channel,
    pub bought_by: UserId,
    pub start: Timestamp,
    pub end: Timestamp,
    /// The whole term's commitment: hourly × 8,760 hours a year (Azure's own reckoning).
    pub total: Money,
    /// Always the partner's tenant (R18, as R6).
    pub billed_to: String,
}

impl SavingsPlan {
    pub fn is_active(&self) -> bool {
        self.status == SavingsPlanStatus::Active
    }
    /// R18: bought by the customer itself, so Partner Center never shows it.
    pub fn hidden_from_partner(&self) -> bool {
        self.channel == Channel::AzurePortal
    }
}

/// Hours in a savings plan year, as Azure reckons a commitment (8,760; 26,280 for three).
pub const SAVINGS_PLAN_HOURS_PER_YEAR: i64 = 8_760;

/// A savings plan's whole commitment for its term.
pub fn savings_plan_total(hourly: Money, term: Term) -> Money {
    Money(
        hourly
            .0
            .saturating_mul(SAVINGS_PLAN_HOURS_PER_YEAR * i64::from(term.years())),
    )
}
