//! Hash routes: deep links work on any static host without server rewrites.
use yew_router::prelude::*;

#[derive(Clone, Debug, PartialEq, Routable)]
pub enum Route {
    #[at("/")]
    Home,
    #[at("/customers")]
    Customers,
    #[at("/customers/:id/:tab")]
    Customer { id: String, tab: String },
    #[at("/pricing")]
    Pricing,
    #[at("/activity")]
    Activity,
    #[at("/who-may/:id")]
    WhoMay { id: String },
    #[at("/who-may/:id/:reservation")]
    WhoMayReservation { id: String, reservation: String },
    #[at("/rules/:rule")]
    Rule { rule: String },
    #[at("/portal/reservations")]
    PortalReservations,
    #[at("/portal/purchase")]
    PortalPurchase,
    #[at("/portal/iam/:sub")]
    PortalIam { sub: String },
    #[at("/scenario")]
    Scenario,
    #[at("/share/:payload")]
    Share { payload: String },
    #[not_found]
    #[at("/not-found")]
    NotFound,
}
