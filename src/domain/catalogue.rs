//! Products that can be reserved, with the Web Direct (public list) price and the
//! partner's cost (R8). The customer price is set by the partner on top of these.
use super::ids::{ProductId, Region};
use super::model::SavingsPlanKind;
use super::money::Money;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Term {
    #[serde(rename = "P1Y")]
    OneYear,
    #[serde(rename = "P3Y")]
    ThreeYears,
}

impl Term {
    pub const ALL: [Term; 2] = [Term::OneYear, Term::ThreeYears];
    pub fn months(self) -> i64 {
        match self {
            Term::OneYear => 12,
            Term::ThreeYears => 36,
        }
    }
    pub fn code(self) -> &'static str {
        match self {
            Term::OneYear => "P1Y",
            Term::ThreeYears => "P3Y",
        }
    }
    pub fn years(self) -> u32 {
        match self {
            Term::OneYear => 1,
            Term::ThreeYears => 3,
        }
    }
}

/// Monthly billing spreads the same total over the term (ext).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum BillingPlan {
    Upfront,
    Monthly,
}

/// Exchanges stay within one product type (R13).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum ProductType {
    VirtualMachines,
    SqlDatabase,
    CosmosDb,
    DedicatedHost,
    AppService,
}

impl ProductType {
    pub fn code(self) -> &'static str {
        match self {
            ProductType::VirtualMachines => "virtual-machines",
            ProductType::SqlDatabase => "sql-database",
            ProductType::CosmosDb => "cosmos-db",
            ProductType::DedicatedHost => "dedicated-host",
            ProductType::AppService => "app-service",
        }
    }
    /// R21's trade-in for a savings plan for compute is for these: Virtual Machines,
    /// Dedicated Host and App Service. A savings plan for compute covers their usage too
    /// (R19); SQL Database and Cosmos DB it does not.
    pub fn is_compute(self) -> bool {
        matches!(
            self,
            ProductType::VirtualMachines | ProductType::DedicatedHost | ProductType::AppService
        )
    }

    /// R13: the services savings plans support ("Azure Virtual Machines, Azure App
    /// Service, Azure SQL Database and similar services"), whose reservations bought from
    /// the end of exchanges on are not exchangeable. Cosmos DB is not named: it stays
    /// exchangeable (the simulator's reading).
    pub fn exchanges_end(self) -> bool {
        self.is_compute() || self == ProductType::SqlDatabase
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Product {
    pub id: ProductId,
    pub product_type: ProductType,
    /// Shown as is in every language: these are Azure's own SKU names.
    pub name: &'static str,
    /// What one unit would cost per hour without a reservation, in millionths of a USD
    /// (hourly rates are fractions of a cent; converted to cents only for totals).
    pub payg_hourly_micro_usd: i64,
    pub web_direct_one_year: Money,
    pub web_direct_three_years: Money,
    pub partner_cost_one_year: Money,
    pub partner_cost_three_years: Money,
}

impl Product {
    /// Web Direct (public list) price of one unit for the whole term.
    pub fn web_direct(&self, term: Term) -> Money {
        match term {
            Term::OneYear => self.web_direct_one_year,
            Term::ThreeYears => self.web_direct_three_years,
        }
    }
    /// What Microsoft charges the partner for one unit for the whole term.
    pub fn partner_cost(&self, term: Term) -> Money {
        match term {
            Term::OneYear => self.partner_cost_one_year,
            Term::ThreeYears => self.partner_cost_three_years,
        }
    }
    /// R19: the savings-plan rate of one hour (micro-USD), for compute only. The
    /// simulator's own figures: 25 % off pay-as-you-go for a one-year plan, 45 % for three
    /// (less than a reservation saves, as Azure's prices are).
    pub fn savings_plan_hourly_micro_usd(&self, term: Term) -> Option<i64> {
        self.product_type.is_compute().then(|| match term {
            Term::OneYear => self.payg_hourly_micro_usd * 75 / 100,
            Term::ThreeYears => self.payg_hourly_micro_usd * 55 / 100,
        })
    }

    /// R19, R21: the rate of one hour under a plan of `kind`: a savings plan for compute
    /// covers compute, one for databases (one year only) SQL Database, at 20 % off
    /// pay-as-you-go (the simulator's own figure).
    pub fn plan_hourly_micro_usd(&self, kind: SavingsPlanKind, term: Term) -> Option<i64> {
        match kind {
            SavingsPlanKind::Compute => self.savings_plan_hourly_micro_usd(term),
            SavingsPlanKind::Database => (self.product_type == ProductType::SqlDatabase
                && term == Term::OneYear)
                .then(|| self.payg_hourly_micro_usd * 80 / 100),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Catalogue {
    pub products: Vec<Product>,
    pub regions: Vec<Region>,
}

impl Catalogue {
    pub fn product(&self, id: &ProductId) -> Option<&Product> {
        self.products.iter().find(|p| &p.id == id)
    }

    pub fn has_region(&self, region: &Region) -> bool {
        self.regions.contains(region)
    }

    /// Plausible list prices; the exact figures only need to be consistent.
    pub fn standard() -> Catalogue {
        let product = |id: &str,
                       product_type,
                       name,
                       payg_hourly_micro_usd,
                       one_year: i64,
                       three_years: i64| Product {
            id: ProductId::new(id),
            product_type,
            name,
            payg_hourly_micro_usd,
            web_direct_one_year: Money(one_year),
            web_direct_three_years: Money(three_years),
            // CSP partners buy at a discount off list; 15% here.
            partner_cost_one_year: Money(one_year * 85 / 100),
            partner_cost_three_years: Money(three_years * 85 / 100),
        };
        Catalogue {
            products: vec![
                product(
                    "vm-d2s-v5",
                    ProductType::VirtualMachines,
                    "Virtual machines — D2s v5",
                    96_000,
                    52_560,
                    113_880,
                ),
                product(
                    "vm-d4s-v5",
                    ProductType::VirtualMachines,
                    "Virtual machines — D4s v5",
                    192_000,
                    105_120,
                    227_760,
                ),
                product(
                    "vm-e4s-v5",
                    ProductType::VirtualMachines,
                    "Virtual machines — E4s v5",
                    252_000,
                    138_000,
                    299_000,
                ),
                product(
                    "sql-gen5-vcore",
                    ProductType::SqlDatabase,
                    "SQL Database — vCore, Gen5",
                    252_500,
                    133_100,
                    275_000,
                ),
                product(
                    "cosmos-100rus",
                    ProductType::CosmosDb,
                    "Azure Cosmos DB — 100 RU/s",
                    8_000,
                    5_606,
                    11_700,
                ),
                product(
                    "dh-dsv5-type1",
                    ProductType::DedicatedHost,
                    "Dedicated Host — Dsv5 Type 1",
                    4_576_000,
                    2_505_000,
                    5_428_000,
                ),
                product(
                    "app-p1v3",
                    ProductType::AppService,
                    "App Service — Premium v3 P1v3",
                    150_000,
                    82_100,
                    177_900,
                ),
            ],
            regions: ["westeurope", "northeurope", "swedencentral", "eastus"]
                .into_iter()
                .map(Region::new)
                .collect(),
        }
    }
}
