//! Checked replay: a history is accepted only if the rules would have produced every event.
#![cfg(not(target_arch = "wasm32"))]

use csp_reservations_sim::domain::demo;
use csp_reservations_sim::domain::verify::{replay_checked, Problem};
use csp_reservations_sim::domain::*;

fn genesis() -> State {
    State::genesis(
        demo::PARTNER_NAME,
        demo::PARTNER_TENANT_ID,
        demo::start_time(),
    )
}

fn renumber(events: &mut [Recorded]) {
    for (i, e) in events.iter_mut().enumerate() {
        e.seq = i as u64 + 1;
    }
}

#[test]
fn the_demo_history_with_clock_moves_and_renewals_verifies() {
    let mut s = demo::demo();
    let res = s
        .reservations
        .values()
        .find(|r| r.channel == Channel::AzurePortal)
        .unwrap()
        .id
        .clone();
    s.execute(
        &demo::admin(),
        &Command::SetAutoRenew {
            reservation: res,
            on: false,
        },
    )
    .unwrap();
    s.execute(
        &Actor::Simulator,
        &Command::AdvanceClock {
            days: 3,
            months: 48,
        },
    )
    .unwrap();
    assert_eq!(replay_checked(genesis(), &s.log), Ok(s));
}

#[test]
fn r5_a_customer_purchase_without_the_permission_event_is_refused() {
    let s = demo::demo();
    let mut events: Vec<Recorded> = s
        .log
        .iter()
        .filter(|r| !matches!(r.event, Event::PermissionCreated { .. }))
        .cloned()
        .collect();
    renumber(&mut events);
    let err = replay_checked(genesis(), &events).unwrap_err();
    match &err.problem {
        Problem::Refused(denied) => assert!(denied.cites(RuleId::R5), "{denied:?}"),
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        events[err.index].event,
        Event::ReservationPurchased { .. }
    ));
}

#[test]
fn r2_a_permission_created_by_a_sales_agent_is_refused() {
    let s = demo::demo();
    let mut events = s.log.clone();
    let i = events
        .iter()
        .position(|r| matches!(r.event, Event::PermissionCreated { .. }))
        .unwrap();
    events[i].actor = demo::sales();
    let err = replay_checked(genesis(), &events).unwrap_err();
    assert_eq!(err.index, i);
    assert!(matches!(&err.problem, Problem::Refused(d) if d.cites(RuleId::R2)));
}

#[test]
fn r8_a_doctored_price_is_a_mismatch() {
    let s = demo::demo();
    let mut events = s.log.clone();
    let i = events
        .iter()
        .position(|r| matches!(r.event, Event::ReservationPurchased { .. }))
        .unwrap();
    if let Event::ReservationPurchased { reservation } = &mut events[i].event {
        reservation.customer_price = Money(1);
    }
    assert_eq!(
        replay_checked(genesis(), &events).unwrap_err().problem,
        Problem::Mismatch
    );
}

#[test]
fn gaps_in_the_sequence_and_backwards_clocks_are_refused() {
    let s = demo::demo();
    let mut events = s.log.clone();
    events.remove(5);
    assert!(matches!(
        replay_checked(genesis(), &events).unwrap_err().problem,
        Problem::OutOfSequence { .. }
    ));
    let mut events = s.log.clone();
    let i = events
        .iter()
        .position(|r| matches!(r.event, Event::ClockAdvanced { .. }))
        .unwrap();
    events[i].event = Event::ClockAdvanced {
        to: demo::start_time(),
    };
    assert_eq!(
        replay_checked(genesis(), &events).unwrap_err().problem,
        Problem::BadClockMove
    );
}
