//! Products that can be reserved, with the Web Direct (public list) price and the
//! partner's cost (R8). The customer price is set by the partner on top of these.
use super::ids::{ProductId, Region};
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
}

impl ProductType {
    pub fn code(self) -> &'static str {
        match self {
            ProductType::VirtualMachines => "virtual-machines",
            ProductType::SqlDatabase => "sql-database",
            ProductType::CosmosDb => "cosmos-db",
        }
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
            ],
            regions: ["westeurope", "northeurope", "swedencentral", "eastus"]
                .into_iter()
                .map(Region::new)
                .collect(),
        }
    }
}
