//! A large, deterministic tenant for performance work (issue #7): 1,000 customers,
//! 3,000 subscriptions, 5,000 reservations and 20,000 events in all, every one produced
//! by `decide` (so it verifies like any history). Seeded: the same seed, the same tenant.
use super::catalogue::{BillingPlan, Term};
use super::command::{Command, PurchaseOrder};
use super::demo;
use super::event::Actor;
use super::ids::*;
use super::model::*;
use super::state::State;

pub const CUSTOMERS: usize = 1_000;
pub const SUBSCRIPTIONS_PER_CUSTOMER: usize = 3;
pub const RESERVATIONS: usize = 5_000;
pub const EVENTS: usize = 20_000;

/// xorshift64*: tiny, deterministic, good enough to spread choices.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// The large tenant. Commands the rules refuse are skipped (none are expected); the
/// total is filled up to exactly `EVENTS` with everyday changes.
pub fn large(seed: u64) -> State {
    let mut rng = Rng(seed | 1);
    let mut s = demo::blank();
    let admin = demo::admin();
    let sales = demo::sales();
    let run = |s: &mut State, actor: &Actor, cmd: Command| {
        let _ = s.execute(actor, &cmd);
    };
    for c in 1..=CUSTOMERS {
        run(
            &mut s,
            &admin,
            Command::AddCustomer {
                name: format!("Customer {c:04}"),
                domain: format!("customer{c:04}.example"),
            },
        );
        let customer = CustomerId(format!("cust-{c:03}"));
        run(
            &mut s,
            &admin,
            Command::AddCustomerUser {
                customer: customer.clone(),
                name: format!("Owner {c:04}"),
            },
        );
        for k in 0..SUBSCRIPTIONS_PER_CUSTOMER {
            let kind = if k == 2 {
                SubscriptionKind::AzureGlobal
            } else {
                SubscriptionKind::AzurePlan
            };
            run(
                &mut s,
                &sales,
                Command::BuySubscription {
                    customer: customer.clone(),
                    name: format!("Customer {c:04} sub {}", k + 1),
                    kind,
                },
            );
        }
        let user = UserId(format!("u{c}"));
        let first_sub = SubscriptionId(format!(
            "sub-{:04}",
            (c - 1) * SUBSCRIPTIONS_PER_CUSTOMER + 1
        ));
        run(
            &mut s,
            &admin,
            Command::AssignRole {
                subscription: first_sub,
                user,
                role: RbacRole::Owner,
            },
        );
        if c.is_multiple_of(2) {
            run(
                &mut s,
                &admin,
                Command::SetPurchasePermission { customer, on: true },
            );
        }
    }
    let products: Vec<ProductId> = s.catalogue.products.iter().map(|p| p.id.clone()).collect();
    let regions: Vec<Region> = s.catalogue.regions.clone();
    while s.reservations.len() < RESERVATIONS {
        let c = 1 + rng.below(CUSTOMERS);
        let customer = CustomerId(format!("cust-{c:03}"));
        let sub = SubscriptionId(format!(
            "sub-{:04}",
            (c - 1) * SUBSCRIPTIONS_PER_CUSTOMER + 1
        ));
        // customers with the permission buy half of their own reservations (R5); the partner the rest (R7)
        let actor = if c.is_multiple_of(2) && rng.below(2) == 0 {
            Actor::Customer(UserId(format!("u{c}")))
        } else {
            admin.clone()
        };
        let order = PurchaseOrder {
            customer,
            billing_subscription: sub.clone(),
            product: products[rng.below(products.len())].clone(),
            region: regions[rng.below(regions.len())].clone(),
            term: if rng.below(3) == 0 {
                Term::ThreeYears
            } else {
                Term::OneYear
            },
            billing_plan: if rng.below(2) == 0 {
                BillingPlan::Monthly
            } else {
                BillingPlan::Upfront
            },
            quantity: 1 + rng.below(20) as u32,
            // unticked: the dataset's shape (20,000 events) does not depend on renewals
            auto_renew: false,
            scope: if rng.below(2) == 0 {
                Scope::Shared
            } else {
                Scope::Single(sub)
            },
        };
        run(&mut s, &actor, Command::BuyReservation(order));
    }
    while s.log.len() < EVENTS {
        let id = ReservationId(format!("res-{:05}", 1 + rng.below(RESERVATIONS)));
        let Some(r) = s.reservations.get(&id) else {
            continue;
        };
        let cmd = match rng.below(3) {
            0 => Command::SetAutoRenew {
                reservation: id,
                on: !r.auto_renew,
            },
            1 => Command::ChangeScope {
                reservation: id,
                scope: match r.scope {
                    Scope::Shared => Scope::Single(r.billing_subscription.clone()),
                    Scope::Single(_) => Scope::Shared,
                },
            },
            _ => Command::RecordUsage {
                subscription: r.billing_subscription.clone(),
                product: r.product.clone(),
                region: r.region.clone(),
                hours_per_month: 730 * (1 + rng.below(30) as u32),
            },
        };
        run(&mut s, &admin, cmd);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_large_tenant_has_the_promised_size_and_is_deterministic() {
        let s = large(7);
        assert_eq!(s.customers.len(), CUSTOMERS);
        assert_eq!(
            s.subscriptions.len(),
            CUSTOMERS * SUBSCRIPTIONS_PER_CUSTOMER
        );
        assert_eq!(s.reservations.len(), RESERVATIONS);
        assert_eq!(s.log.len(), EVENTS);
        assert!(s
            .reservations
            .values()
            .any(|r| r.channel == Channel::AzurePortal));
        assert_eq!(large(7), s);
        assert_ne!(large(8).log, s.log);
        let genesis = State::genesis(
            demo::PARTNER_NAME,
            demo::PARTNER_TENANT_ID,
            demo::start_time(),
        );
        assert_eq!(super::super::verify::replay_checked(genesis, &s.log), Ok(s));
    }
}
