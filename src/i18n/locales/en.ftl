## English (default). Message ids are shared by all locales; see tests/i18n.rs.

## Systems, header, footer
system-partner-center = Partner Center
system-azure-portal = Azure portal (simulated)
persona-label = Signed in as
persona-group-partner = Partner users
persona-search = Find a user
persona-search-hint = { $total_count ->
    [one] { $shown } of { $total } customer listed: type a customer or user name to find others.
   *[other] { $shown } of { $total } customers listed: type a customer or user name to find others.
}
language-label = Language
language-en = English
language-sv-SE = Swedish
language-nl-NL = Dutch
clock-label = Simulated clock
clock-plus-day = +1 day
clock-plus-month = +1 month
clock-plus-year = +1 year
class-title = Class report (for trainers)
class-intro = Open your learners' progress files, as many at once as you like: the report shows who did what, and where the class struggles. The files are read in this browser only; nothing is sent or stored unless you export the report.
class-files = Progress files
class-drop = Or drop the files here.
class-unread-title = Some files are not in the report:
class-unread-too-large = too large to be a progress file
class-unread-not-json = not a JSON file
class-unread-not-progress = not a lesson progress file
class-unread-damaged = a progress file with parts missing or damaged
class-count = { $count ->
    [one] 1 learner in the report.
   *[other] { $count } learners in the report.
}
class-col-learner = Learner
class-col-lesson = Lesson
class-col-done = Lessons done
class-col-right = Predictions right
class-col-hints = Hints
class-col-status = Status
class-col-show-me = Show me used
class-col-asked = Predictions asked
class-cell = { $hints ->
    [one] { $status }: { $right } of { $asked } right, 1 hint
   *[other] { $status }: { $right } of { $asked } right, { $hints } hints
}
class-clear = Clear the report
class-sort = Sort by:
class-struggles = Where the class struggles
class-struggles-none = No wrong predictions and no hints so far.
class-most-wrong = { $count ->
    [one] Lesson { $lesson }: 1 learner answered “{ $question }” wrong.
   *[other] Lesson { $lesson }: { $count } learners answered “{ $question }” wrong.
}
class-most-hints = { $count ->
    [one] Most hints: lesson { $lesson }, { $title } (1 hint in all).
   *[other] Most hints: lesson { $lesson }, { $title } ({ $count } hints in all).
}
class-export = Export as CSV
skip-to-content = Skip to content
footer-disclaimer = Training simulator — not affiliated with Microsoft; no real purchases are made.
nav-label = Main navigation
nav-customers = Customers
nav-pricing = Pricing
nav-activity-log = Activity log
nav-back-to-partner-center = Back to Partner Center
not-found-title = Page not found
not-found-home = Go to the start page
not-renewed = Not renewed on { $date }: a renewal is a new purchase, and the billing subscription { $subscription } was no longer eligible (R14, R7).
reset-demo = Reset to the demo tenant
dismiss = Dismiss
save = Save
manage = Manage
on = On
off = Off
allowed = Allowed
denied = Denied
tabs-label = Customer pages
page-previous = Previous
page-next = Next
page-of = Page { $page } of { $pages }

## Storage
storage-recovered-title = Saved work could not be read, so the demo tenant was loaded.
storage-error-not-json = The stored text is not valid JSON.
storage-error-future-version = It was written by a newer version of the simulator.
storage-error-wrong-shape = Parts of it are missing or of the wrong type.
storage-error-broken-history = Its event history is out of order.
storage-recovered-backup = The unreadable text is kept untouched under a backup key ({ $detail }).
storage-failed = Your browser's storage is full or unavailable: your work is kept in this tab only until you close it.

## Roles and offers
role-admin-agent = Admin agent
role-sales-agent = Sales agent
role-helpdesk-agent = Helpdesk agent
role-in-text-admin-agent = Admin agent
role-in-text-sales-agent = Sales agent
role-in-text-helpdesk-agent = Helpdesk agent
rbac-owner = Owner
rbac-reservation-purchaser = Reservation Purchaser
rbac-contributor = Contributor
rbac-reader = Reader
rbac-none = no role
actor-simulator = Simulator
subscription-azure-plan = Azure plan
subscription-azure-global = Microsoft Azure (Azure Global)
kind-customer = customer
kind-subscription = subscription
kind-reservation = reservation
kind-product = product
kind-region = region
kind-user = user

## Customers
customers-title = Customers
customers-search = Search customers
customers-col-name = Name
customers-col-domain = Domain
customers-col-permission = Customer may purchase
customers-none = No customer matches.
customers-add-title = Add a customer
customers-add = Add customer
tab-subscriptions = Subscriptions
tab-account = Account
tab-order-history = Order history
tab-reservations = Reservations
who-may-link = Who may?
account-domain = Domain
account-tenant-id = Tenant ID
permissions-title = Customer permissions
permissions-intro = Let this customer buy its own products in the Azure portal, billed to you.
permissions-azure-reservations = Azure reservations
permissions-allow = Allow customer to purchase
permissions-r6-note = You pay for every purchase this customer makes, and you are not notified of them: check Order history and the Activity log (R6).
subscriptions-none = This customer has no subscription yet.
reservations-none = This customer has no reservations yet.
orders-none = No orders yet.
subscriptions-buy-title = Buy a subscription
subscriptions-buy = Buy subscription

## Columns
col-name = Name
col-offer = Offer
col-status = Status
col-product = Product
col-region = Region
col-term = Term
col-billing-plan = Billing plan
col-quantity = Quantity
col-billing-subscription = Billing subscription
col-scope = Scope
col-web-direct = Web Direct price
col-partner-cost = Partner cost
col-customer-price = Customer price
col-margin = Margin
col-order = Order
col-date = Date
col-bought-by = Bought by
col-billed-to = Billed to
col-reservation = Reservation
col-ends = Ends
col-actions = Actions
col-utilisation = Utilisation
col-subscription = Subscription
col-user = User
col-role = Role
term-years = { $years ->
    [one] { $years } year
   *[other] { $years } years
}
plan-upfront = Upfront
plan-monthly = Monthly (same total)
scope-shared = Shared (all subscriptions)
scope-single = Single subscription: { $subscription }
status-active = Active
status-suspended = Suspended
status-cancelled = Cancelled
status-exchanged = Exchanged
status-expired = Expired
status-renewed = Renewed
status-succeeded = Succeeded
channel-partner-center = { $user } (partner, Partner Center)
channel-azure-portal = { $user } (customer, Azure portal)
channel-auto-renew = Auto-renewal
channel-exchange = { $user } (exchange)
billed-to-partner = { $partner } (partner)

## Purchases and reservations
pc-buy-title = Buy a reservation on behalf of the customer
pc-buy-on-behalf = Buy on behalf
portal-purchase = Purchase
quote-web-direct = Web Direct price (shown in the Azure portal)
quote-customer-price = Price your partner charges
quote-partner-cost = Partner cost
quote-r8-note = The partner sets the price the customer pays; it can differ from the Web Direct price (R8).
purchase-precheck-title = This purchase would be refused:
input-quantity-empty = Enter a quantity.
input-quantity-whole = The quantity must be a whole number.
input-quantity-range = The quantity must be between 1 and { $max }.
input-name-empty = Enter a name.
input-name-too-long = { $max ->
    [one] A name has at most 1 character.
   *[other] A name has at most { $max } characters.
}
input-price-empty = Enter a price.
input-price-not-number = Enter an amount such as 540, 540.25 or 1,234.56.
input-price-negative = A price cannot be negative.
input-price-decimals = A price has at most two decimals.
input-price-too-large = That price is too large.
input-domain-invalid = Enter a domain such as contoso.example.
input-domain-taken = A customer with the domain { $domain } already exists.
input-already-suspended = The subscription is already suspended.
input-already-active = The subscription is already active.
input-role-already-assigned = The user already has that role.
input-role-not-assigned = The user does not have that role.
input-user-other-customer = That user belongs to another customer.
input-fee-range = The fee must be between 0% and 100%.
input-auto-renew-unchanged = Auto-renew is already set that way.
input-scope-unchanged = The reservation already has that scope.
input-usage-range = { $max ->
    [one] Usage must be at most 1 hour a month.
   *[other] Usage must be at most { $max } hours a month.
}
input-clock-zero = Advance the clock by at least one day or month.
input-clock-range = The clock moves at most 10 years at a time.
exchange-quantity = New quantity
exchange-product = Exchange into
cancel-confirm-text = The customer gets { $refund } back (early termination fee { $fee }). This cannot be undone.
cancel-confirm-monthly = Billed monthly: { $paid } paid so far; the remaining payments ({ $stopped }) stop, and only the unused part of what was paid comes back.
cancel-confirm-counted = { $counted } of cancelled commitment counts towards the USD 50,000 refund limit per 12 months (R12).
cancel-confirm-partner = Microsoft refunds you { $partner }: your own cost, prorated the same way (R12).
col-refund = Refund
order-refund = Refunded { $refund } (to the partner: { $partner }).
order-stopped = Future payments stopped: { $stopped }.
purchase-auto-renew = Auto-renew at the end of the term
exchange-auto-renew = Auto-renew the new reservation
cancel-confirm = Cancel reservation

## Notices
notice-denied-title = This action is not allowed:
notice-reservation-bought = Reservation purchased.
notice-subscription-bought = Subscription purchased.
notice-customer-added = Customer added.
notice-permission-on = Customer purchase permission turned on.
notice-permission-off = Customer purchase permission turned off.
notice-price-saved = Price saved.
notice-cancelled = Reservation cancelled and refunded.
notice-exchanged = Reservation exchanged.
notice-auto-renew = Auto-renew updated.
notice-scope-changed = Scope changed.
notice-role-assigned = Role assigned.
notice-role-removed = Role removed.
notice-clock-advanced = The simulated clock moved on.
notice-reset-done = The demo tenant was restored.

## Pricing
pricing-title = Pricing
pricing-intro = Set what your customers pay for each reservation (per unit, whole term). The Azure portal shows the Web Direct price (R8).
pricing-row = { $product }, { $term }
pricing-price-label = Customer price: { $row }
pricing-save-label = Save the customer price: { $row }

## Activity log
activity-title = Activity log
activity-from = From
activity-to = To
activity-customer = Customer
activity-customer-hint = Name or id
activity-operation = Action
activity-any = Any
activity-export = Export CSV

## Azure portal
portal-home = Home
portal-nav-reservations = Reservations
portal-nav-purchase = Purchase reservations
portal-reservations-none = No reservations yet.
portal-commands = Commands
portal-purchase-title = Purchase reservations
portal-partner-hint = Switch to a customer user to see this customer's Azure portal.
portal-r10-note = Exchanges, refunds, renewals and scope changes are done by your partner (R10).
savings-title = Reservation coverage
savings-used = Usage hours / month
savings-covered = Covered by reservations
savings-uncovered = Not covered (pay-as-you-go)
savings-chart-label = Usage covered and not covered by reservations, per subscription
iam-title = Access control (IAM)
iam-intro = Role assignments on { $subscription }.
iam-assign = Add role assignment
iam-remove = Remove

## Who may?
who-may-title = Who may?
who-may-persona = Persona
who-may-reservation = Reservation
who-may-more = { $count ->
    [one] 1 more reason
   *[other] { $count } more reasons
}
grid-permission-on = Turn permission on
grid-permission-off = Turn permission off
grid-buy = Buy
grid-exchange = Exchange
grid-cancel = Cancel
grid-renew = Renew
grid-change-scope = Change scope
rules-title = The rules

## Domain reasons (R = DOMAIN.md, V/S = simulator rules)
allow-r2-admin-agent = Admin agents may change the customer purchase permission.
deny-r2-read-only = A { $role } sees the customer purchase permission read-only; only an Admin agent may change it.
deny-r2-customer = Customer users cannot change the purchase permission; only the partner's Admin agent can.
allow-r3-has-eligible-subscription = The customer has an eligible subscription.
deny-r3-no-eligible-subscription = The customer has no active Azure plan or Azure Global subscription from you: buy one first.
allow-r4-logged = The change is written to the activity log.
deny-permission-already-on = The customer purchase permission is already on.
deny-permission-already-off = The customer purchase permission is already off.
allow-r5-own-customer = The user belongs to this customer.
deny-r5-other-customer = The user does not belong to this customer.
allow-r5a-permission-on = The partner allows this customer to purchase.
deny-r5a-permission-off = Your partner has not allowed your organisation to buy reservations (customer purchase permission is off).
allow-r5b-eligible-subscription = { $subscription } is an eligible billing subscription.
deny-r5b-no-subscription = Choose an active Azure plan or Azure Global subscription of your organisation.
deny-r5b-subscription-other-customer = { $subscription } does not belong to your organisation.
deny-r5b-subscription-suspended = { $subscription } is suspended.
allow-r5c-owner = You hold Owner or Reservation Purchaser on { $subscription }.
deny-r5c-not-owner = You need the Owner or Reservation Purchaser role on { $subscription }.
allow-r7-buy-reservation = The partner may buy reservations for the customer, whatever the permission says.
allow-r7-buy-subscription = The partner may buy subscriptions for the customer.
deny-r7-helpdesk = A { $role } cannot buy for customers.
deny-r7-not-partner = Only the partner buys through Partner Center.
allow-r7-eligible-subscription = { $subscription } is eligible.
deny-r7-no-subscription = The customer has no eligible subscription: buy an Azure plan first.
deny-r7-subscription-other-customer = { $subscription } belongs to another customer.
deny-r7-subscription-suspended = { $subscription } is suspended.
allow-r8-set-price = Admin and Sales agents set customer prices.
deny-r8-set-price = Only the partner's Admin and Sales agents set customer prices.
allow-r9-scope = The scope covers eligible subscriptions of this customer.
deny-r9-scope-subscription = The scope must be an active subscription of the same customer ({ $id }).
allow-r10-partner-manages = The partner may exchange, cancel, renew and rescope reservations.
deny-r10-ask-partner = Customers cannot exchange, cancel, renew or change the scope of a reservation: ask your partner.
allow-r12-refund = Refund { $refund }; { $remaining } of the yearly refund limit would remain.
deny-r12-cap = A refund of { $refund } would exceed the { $cap } limit per 12 months ({ $used } already used).
deny-r13-product-type = An exchange must stay within the same product type.
deny-r13-commitment = The new commitment ({ $new }) must be at least the value returned ({ $returned }).
allow-reservation-active = The reservation is active.
deny-reservation-not-active = Reservation { $reservation } is no longer active.
deny-no-reservation = This customer has no active reservation to act on.
allow-s1-admin-agent = Admin agents set up the tenant.
deny-s1-admin-agent-only = Only an Admin agent may do this.
allow-s2-admin-on-behalf = Admin agents manage access on behalf of the customer.
allow-s2-owner = Owners manage access to their subscription.
deny-s2-not-owner = Only an Owner of the subscription, or the partner's Admin agent, may change role assignments.
allow-simulator-control = Simulator control.
deny-simulator-only = Only the simulator itself may do this.
deny-unknown-id = There is no { $kind } "{ $id }".
deny-unknown-user = That user does not exist.

## Activity log operations (R4: the first two are Partner Center's own words)
op-add-partner-user = Add partner user
op-add-customer = Add customer
op-add-customer-user = Add customer user
op-buy-subscription = Purchase subscription
op-suspend-subscription = Suspend subscription
op-reactivate-subscription = Reactivate subscription
op-assign-role = Assign role
op-remove-role = Remove role
op-create-customer-purchase-permissions = Create customer purchase permissions
op-delete-customer-purchase-permissions = Delete customer purchase permissions
op-set-customer-price = Update customer price
op-set-early-termination-fee = Update early termination fee
op-purchase-reservation-partner = Reservation purchased by partner
op-purchase-reservation-customer = Reservation purchased by customer
op-exchange-reservation = Exchange reservation
op-cancel-reservation = Cancel reservation (refund)
op-set-auto-renew = Update reservation auto-renew
op-change-scope = Change reservation scope
op-renew-reservation = Reservation renewed
op-expire-reservation = Reservation expired
op-record-usage = Record usage
op-advance-clock = Simulated clock advanced

## Rules (DOMAIN.md)
rule-r1 = R1 — Every customer's purchase permission starts off.
rule-r2 = R2 — Only an Admin agent may turn a customer's purchase permission on or off. Sales and Helpdesk agents see it read-only. No customer user may change it.
rule-r3 = R3 — The permission can be turned on only for a customer with an eligible subscription (active Azure plan or Azure Global, bought by this partner). Turning it off is always possible for an Admin agent.
rule-r4 = R4 — Turning it on writes "Create customer purchase permissions" to the activity log; turning it off writes "Delete customer purchase permissions".
rule-r5 = R5 — A customer user may buy a reservation only when (a) the purchase permission is on, (b) the billing subscription is eligible and the customer's own, and (c) the user is Owner or Reservation Purchaser on it.
rule-r6 = R6 — Once the permission is on, the partner pays for every later customer purchase and is not notified; each appears in order history, the reservations page and the activity log.
rule-r7 = R7 — Admin and Sales agents can buy reservations on behalf of a customer whatever the permission says; they still need an eligible subscription.
rule-r8 = R8 — The partner sets the price the customer pays; the Azure portal shows the Web Direct price.
rule-r9 = R9 — Shared scope applies the discount across all the customer's subscriptions; single scope only to one. Savings are computed from exact amounts and rounded to the cent once per figure shown.
rule-r10 = R10 — A customer cannot exchange, cancel, renew or rescope a reservation, even its own: the partner can.
rule-r11 = R11 — Turning the permission off does not touch existing reservations.
rule-r12 = R12 — Refunds: at most USD 50,000 of cancelled commitment per customer per rolling 12 months (a refund's room comes back 365 days after it); at the lower of purchase and current price; early termination fee 0% at present. Upfront: the prorated remaining value comes back. Monthly: the future payments stop and only the unused part of what was paid comes back; the stopped payments count towards the limit. The partner gets its own cost back, prorated the same way.
rule-r13 = R13 — Exchanges stay within the product type; the new commitment must be at least the value returned; they do not count towards the refund limit. An exchange is a refund and a repurchase: the new reservation needs an eligible billing subscription and scope, starts a new term and takes the auto-renew setting chosen for it, as a purchase does. Reservations for services that savings plans support (Virtual Machines, Dedicated Host, App Service, SQL Database) purchased on or after 1 February 2027 cannot be exchanged; one purchased before can be exchanged freely until then and keeps one final exchange after it. Cosmos DB reservations stay exchangeable.
rule-r14 = R14 — Auto-renew is on by default when a reservation is bought (since 2024); the buyer may untick it, and the partner can change it until expiry. When on, a like-for-like reservation replaces the old one at expiry; otherwise it expires.
rule-r15 = R15 — Every change of state is recorded in the activity log with the actor (columns: Date-Time, Affected customer, Action, Partner user); only Admin agents may open it. A customer's own savings plans are the exception (R18).
rule-v1 = V1 — Input must be well-formed: known ids, quantities 1–10,000, names 1–100 characters, prices of at least 0.
rule-s1 = S1 — Setting up the tenant (customers, users, subscription status, fees) is an Admin agent's task.
rule-s2 = S2 — Role assignments on a subscription are changed by its Owners, or by the partner's Admin agents acting on behalf of the customer.

## Scenario & data
nav-scenario = Scenario & data
scenario-title = Scenario & data
expectations-title = Expectations
expectations-none = No expectations: import a scenario file that has some.
expectations-action = Action
expectations-target = Target
expectations-expected = Expected
expectations-result = Result
expectation-passed = Passed
expectation-failed = Failed
scenario-export-title = Export and share
scenario-export-intro = A scenario file holds the whole history and its expectations, with language-independent codes: a file exported in Swedish imports in English.
scenario-export = Export scenario
scenario-share = Create share link
scenario-share-label = Share link (opens in a sandbox; the receiver's saved work is untouched)
scenario-import-title = Import
scenario-import-intro = Importing checks the file first and replaces your saved work only after you confirm.
scenario-import-file = Scenario file
scenario-import-paste = Or paste a scenario
scenario-import = Check and import
scenario-start-over = Start over
start-blank = Start blank
confirm-reset = Replace your saved work with the demo tenant?
confirm-blank = Replace your saved work with an empty tenant (partner users only)?
confirm-import = Replace your saved work with this scenario ({ $events }, { $expectations })?
count-events = { $count ->
    [one] 1 event
   *[other] { $count } events
}
count-expectations = { $count ->
    [one] 1 expectation
   *[other] { $count } expectations
}
confirm-yes = Replace
confirm-no = Cancel
import-failed = { $count ->
    [one] The file was not imported: 1 problem.
   *[other] The file was not imported: { $count } problems.
}
import-error-too-large = the file is larger than 5 MB
import-error-not-json = not valid JSON
import-error-shape = missing or of the wrong type
import-error-format = not a CSP Reservations Simulator scenario
import-error-version = a scenario version this simulator does not know
import-error-missing = required but missing
import-error-unknown-field = not part of the format
import-error-unknown-ref = refers to something that does not exist
import-error-expect = must be "allowed" or "denied"
import-error-link = the link is damaged
import-error-sequence = the history's numbering is broken
import-error-step-shape = a step sends a command or an API request, not both; a step that sends neither names the page it opens
import-error-refused = the rules refuse this step
import-error-mismatch = this step's result is not what the rules produce
import-error-clock = a clock move is incomplete or goes backwards
share-opening = Opening the shared scenario…
share-broken = This share link cannot be opened
storage-download-backup = Download it
storage-recovered-untouched = The stored data could not be backed up, so it is left as it was and nothing is saved in this tab.
storage-migrated = Your saved work was upgraded from storage version { $from }.
storage-full = Your browser's storage is full: this tab keeps your work, but it is not saved. Export it, free some space, and retry.
storage-retry = Retry saving
sandbox-text = You are looking at a shared scenario. Your saved work is untouched until you keep this one.
sandbox-keep = Keep this scenario
sandbox-leave = Back to my work
notice-blank-done = An empty tenant was started.
notice-imported = The scenario was imported.
notice-sandbox-kept = The shared scenario is now your saved work.
storage-unsaved = { $count ->
    [one] 1 action is not saved yet.
   *[other] { $count } actions are not saved yet.
}
storage-brought-up-to-date = Another tab changed your saved work in a way this tab had not followed (an undo, a reset or an import): this tab now shows what is saved.
storage-refused-title = { $count ->
    [one] Another tab changed the same work first: 1 of your unsaved actions no longer applies and was not kept.
   *[other] Another tab changed the same work first: { $count } of your unsaved actions no longer apply and were not kept.
}

## Savings plans, the grace period, trade-ins (R13, R15–R21)
kind-savings-plan = savings plan
permissions-azure-savings-plan = Azure savings plan
grid-sp-permission-on = Turn savings plan permission on
grid-sp-permission-off = Turn savings plan permission off
grid-buy-savings-plan = Buy a savings plan
grid-cancel-savings-plan = Cancel a savings plan
grid-trade-in = Trade in for a savings plan
allow-r13-until-further-notice = No end of exchanges is set in this tenant: reservations can be exchanged until further notice (as before 1 February 2027).
allow-r13-grace-period = Exchangeable until { $end }; after that date, a reservation purchased before it keeps one final exchange.
allow-r13-one-more-exchange = Exchanges ended on { $end } for reservations of services that savings plans support; this one was purchased on { $bought }, before that date, so it keeps one final exchange (the reservation it becomes cannot be exchanged).
deny-r13-grace-period-over = Reservations for services that savings plans support purchased on or after { $end } cannot be exchanged; this one started on { $bought } (purchased, renewed or received in an exchange then). It can still be traded in for a savings plan (R21).
allow-r13-not-compute = Savings plans do not support this service, so the end of exchanges does not apply: it stays exchangeable.
allow-r21-trade-in = Virtual Machine, Dedicated Host and App Service reservations can be traded in for a savings plan at any time.
allow-r21-commitment = The savings plan commits { $total } in all, at least the { $returned } the reservation returns.
allow-r21-database = A SQL Database reservation can be traded in for a one-year savings plan for databases.
deny-r21-not-compute = Only Virtual Machine, Dedicated Host and App Service reservations (for a savings plan for compute) and SQL Database reservations (for a savings plan for databases) can be traded in; Cosmos DB reservations cannot.
deny-r21-commitment = The savings plan's total commitment ({ $total }) must be at least what the reservation returns ({ $returned }): commit at least { $minimum } an hour.
deny-r21-database-one-year = A SQL Database reservation is traded in for a one-year savings plan for databases: choose one year.
allow-r15-admin-agent = Admin agents may open the Activity log.
deny-r15-admin-only = A { $role } may not open the Activity log: Partner Center names Admin agent as its role.
deny-r15-partner-only = The Activity log is a Partner Center page for the partner's Admin agents.
allow-r17a-permission-on = The partner allows this customer to purchase savings plans.
deny-r17a-permission-off = Your partner has not allowed your organisation to buy savings plans (the Azure savings plan permission is off).
allow-r17c-owner = You hold Owner on { $subscription }.
deny-r17c-not-owner = You need the Owner role on { $subscription } to buy a savings plan (Reservation Purchaser is a reservations role).
deny-r17-admin-agent-only = Only an Admin agent buys a savings plan for a customer: a { $role } cannot ("Currently, sales agents will not be able to purchase Azure savings plan", Partner Center). Reservations a Sales agent may still buy (R7).
allow-r17-partner-buys = An Admin agent may buy savings plans for the customer, whatever the permission says.
allow-r20-partner-manages = The partner may change a savings plan's scope and auto-renew.
deny-r20-ask-partner = Customers cannot change a savings plan's scope or auto-renew: ask your partner.
deny-r20-final = Nobody can cancel, exchange or refund a savings plan: every savings plan purchase is final.
allow-savings-plan-active = The savings plan is active.
deny-savings-plan-not-active = Savings plan { $plan } is no longer active.
deny-no-savings-plan = This customer has no savings plan to act on.
input-commitment-range = The hourly commitment must be between USD 0.01 and { $limit }.
op-purchase-savings-plan-partner = Savings plan purchased by partner
op-purchase-savings-plan-customer = Savings plan purchased by customer
op-set-savings-plan-auto-renew = Update savings plan auto-renew
op-change-savings-plan-scope = Change savings plan scope
op-renew-savings-plan = Savings plan renewed
op-reservation-not-renewed = Reservation not renewed
op-expire-savings-plan = Savings plan expired
op-trade-in-reservation = Trade in reservation for a savings plan
op-set-exchange-grace-period-end = Update end of reservation exchanges
rule-r16 = R16 — A second switch, "Allow customer to purchase" under Azure savings plan, works on its own as R1–R4 and R11 say: off by default, changed only by an Admin agent, on only with an eligible subscription, each change logged as Create / Delete customer purchase permissions.
rule-r17 = R17 — A customer user may buy a savings plan only when (a) the savings plan permission is on, (b) the billing subscription is eligible and the customer's own, and (c) the user is Owner on it. The partner may buy one for the customer whatever the permission says, but only an Admin agent: Sales agents cannot buy savings plans, nor trade a reservation in for one.
rule-r18 = R18 — The partner pays for the customer's savings plans and is not notified, but savings plans the customer buys do not appear in Partner Center or its APIs (not in Order history, Reservations or the Activity log): only in the Azure portal under Savings plans. Savings plans the partner buys appear in Order history.
rule-r19 = R19 — Each hour, compute usage no reservation covers is charged at a savings plan's rate until its hourly commitment is used up; the rest is pay-as-you-go, and commitment unused in an hour is lost. Shared scope spans all the customer's subscriptions; single scope one. Plans that cover the same usage add their commitments up first.
rule-r20 = R20 — Nobody, customer or partner, can cancel, exchange or refund a savings plan. Its scope and auto-renew follow R10: the partner changes them.
rule-r21 = R21 — A Virtual Machine, Dedicated Host or App Service reservation can be traded in for a savings plan for compute at any time, also after exchanges end; a SQL Database reservation for a one-year savings plan for databases (which covers database usage as R19 covers compute). The reservation is cancelled with R12's refund and the plan's total commitment must be at least the value returned: by default the hourly commitment that value buys, rounded up to the cent. It is the partner's to do (R10), an Admin agent's (R17), and does not count towards the refund limit.

## Blades, savings plans and settings (the consoles)
breadcrumb-label = Breadcrumb
precheck-title = This would be refused:
command-exchange = Exchange
command-refund = Refund
command-renew = Renew
command-change-scope = Change scope
command-trade-in = Trade in
col-auto-renew = Auto-renew
col-starts = Starts
channel-trade-in = { $user } (trade-in)
auto-renew-is-on = Auto-renew is on: a like-for-like purchase replaces it at the end of its term.
auto-renew-is-off = Auto-renew is off: it expires at the end of its term, and usage is then charged pay-as-you-go.
auto-renew-r14-note = Auto-renew can be turned on or off at any time before expiry, by the partner (R14, R10).
auto-renew-turn-on = Turn auto-renew on
auto-renew-turn-off = Turn auto-renew off
exchange-returned = Value returned
exchange-new-total = New commitment
exchange-r13-note = Same product type only; the new commitment must be at least the value returned; the new reservation starts a new term today, takes the auto-renew setting you choose, and needs an eligible billing subscription and scope (R13).
exchange-confirm = Confirm exchange
scope-r9-note = Shared scope applies the discount to matching usage in every subscription of the customer; single scope to one (R9).
scope-confirm = Save scope
trade-in-default-name = Traded in from { $reservation }
trade-in-refund = Refund now
trade-in-stopped = Future payments that stop
trade-in-value = Remaining value
trade-in-default-commitment = Hourly commitment it buys
trade-in-database-note = A SQL Database reservation becomes a one-year savings plan for databases (R21).
trade-in-r21-note = The reservation is cancelled with the refund of R12 and the savings plan bought, billed and scoped as the reservation was; a trade-in does not count towards the refund limit and is possible at any time (R21).
trade-in-confirm = Trade in for the savings plan
notice-traded-in = Reservation traded in for a savings plan.
notice-savings-plan-bought = Savings plan purchased.
notice-settings-saved = Setting saved.
savings-plan-name = Savings plan name
savings-plan-id = Savings plan ID
savings-plan-commitment = Hourly commitment (USD)
savings-plan-commitment-hint = For example 5.00: what you commit to spend on compute each hour, with cents.
savings-plan-per-hour = { $amount } per hour
savings-plan-total = Total commitment for the term
savings-plan-monthly = Monthly payment
savings-plan-auto-renew = Renew automatically at the end of the term (off by default)
savings-plan-renew-note = A renewal buys the same plan again when this one ends; it does not inherit auto-renew. The partner changes it (R20).
savings-plan-purchase = Purchase savings plan
savings-plan-purchase-title = Purchase savings plan
savings-plan-covered = Covered by savings plans
portal-savings-plan-covered = Covered by savings plans
savings-plan-kind = Plan type
savings-plan-kind-compute = Savings plan for compute
savings-plan-kind-database = Savings plan for databases
savings-plans-none = No savings plans.
savings-saved = Saved a month
savings-total = Saved a month in all: { $saved }.
savings-bar-three = { $used_count ->
    [one] { $reserved } by reservations, { $plan } by savings plans, { $payg } pay-as-you-go, of { $used } hour
   *[other] { $reserved } by reservations, { $plan } by savings plans, { $payg } pay-as-you-go, of { $used } hours
}
portal-savings-bar-three = { $used_count ->
    [one] { $reserved } by reservations, { $plan } by savings plans, { $payg } pay-as-you-go, of { $used } hour
   *[other] { $reserved } by reservations, { $plan } by savings plans, { $payg } pay-as-you-go, of { $used } hours
}
savings-bar-database = { $hours_count ->
    [one] { $hours } hour under a savings plan for databases.
   *[other] { $hours } hours under a savings plan for databases.
}
portal-savings-bar-database = { $hours_count ->
    [one] { $hours } hour under a savings plan for databases.
   *[other] { $hours } hours under a savings plan for databases.
}
savings-database-plan-covered = Savings plan for databases
portal-savings-database-plan-covered = Savings plan for databases
tab-savings-plans = Savings plans
pc-buy-savings-plan-title = Buy a savings plan on behalf of the customer
order-savings-plan = Azure savings plan — { $name } ({ $amount } per hour)
customers-col-savings-plan-permission = May purchase savings plans
portal-nav-savings-plans = Savings plans
portal-notice-savings-plan-bought = Savings plan purchased.
portal-r20-note = Savings plans can't be cancelled, exchanged or refunded; scope and auto-renew are changed by your partner (R20).
portal-error-no-eligible-subscriptions = No eligible subscriptions
portal-error-subscription-not-eligible = Subscription not eligible for purchase
portal-error-not-owner = You do not have owner or reservation purchaser access on the subscription
portal-savings-plan-name = Savings plan name
portal-savings-plan-id = Savings plan ID
portal-savings-plan-purchase = Purchase savings plan
portal-savings-plan-kind-compute = Savings plan for compute
portal-savings-plan-kind-database = Savings plan for databases
portal-savings-plans-none = No savings plans.
nav-settings = Simulator settings
settings-title = Simulator settings
settings-intro = Settings of this training tenant that Partner Center does not have: they let a trainer show rules that depend on a date Microsoft will announce.
settings-grace-title = End of reservation exchanges (R13)
settings-grace-none = No end is set: reservations can be exchanged until further notice (the rule before 1 February 2027).
settings-grace-ends = Exchanges end on { $end }.
settings-grace-hint = Microsoft's exchange policy (Azure "Self-service exchanges and refunds", 22 July 2026) sets the end on 1 February 2027, the default of every new tenant. Reservations of services that savings plans support purchased on or after the end cannot be exchanged; one purchased before keeps one final exchange. Trade-ins stay possible (R21). Move the end to show the rule before or after it; clear it to show the rule as it was.
settings-grace-date = End date
settings-grace-set = Set the end
settings-grace-clear = Until further notice
input-date-invalid = Enter a date such as 2027-02-01.
who-may-plan = Savings plan
who-may-r18-note = { $count ->
    [one] This customer bought 1 savings plan itself. Partner Center never shows it, not in Order history, Reservations or the Activity log: only the customer's Azure portal (Savings plans) does. The partner pays for it all the same.
   *[other] This customer bought { $count } savings plans itself. Partner Center never shows them, not in Order history, Reservations or the Activity log: only the customer's Azure portal (Savings plans) does. The partner pays for them all the same.
}

## Partner Center API console (SelfServePolicy)
nav-api-console = API console
api-title = Partner Center API console
api-intro = Turn customer purchase permissions on and off the way partners who automate do: with the SelfServePolicy calls of the Partner Center API. A call runs the same rules as the switches on the Account page and writes the same Activity log entries.
api-speaks-as = Requests are sent with the token of { $user }, the persona signed in.
api-customer = Customer
api-pick = Call
api-pick-none = Choose one to fill in the request
api-call-post = Create the policy
api-call-get-by-customer = Get the customer's policies
api-call-get-by-id = Get the policy by its id
api-call-put = Update the policy (with its etag)
api-call-delete = Delete the policy
api-method = Method
api-path = Path
api-body = Body (JSON)
api-send = Send
api-request = Request
api-response = Response
api-copy = Copy
api-history = Requests sent in this visit
api-history-none = None yet.
api-partner-tool = The Partner Center API is the partner's tool: switch to a partner user (an Admin agent may change policies; Sales and Helpdesk agents may read them).
api-show-request = Show as API request
api-it-was = The last change of this switch, as the API request and response it was:
api-would-be = Flipping the switch now is this request:

## Start page, lessons, lesson panel, lesson maker, undo
nav-start = Start
nav-lessons = Lessons
undo = Undo
redo = Redo
undo-title = Take the last action back
redo-title = Do the action you took back again
undo-other-tab = The last action was done in another tab or window. Undo it anyway? Redo brings it back until the next action.
undo-anyway = Undo it
update-ready = A new version of the simulator is ready.
update-reload = Reload
update-after-unsaved = Save or export your unsaved actions first: a reload now would lose them.
notice-undone = The last action was taken back. Redo brings it back.
notice-redone = The action is done again.
notice-lesson-step-done = Step done.
notice-progress-reset = Lesson progress was reset.
permissions-try = Try to change it
start-title = Welcome to the CSP Reservations Simulator
start-what = Rehearse how a CSP partner lets a customer buy its own Azure reservations and savings plans, and what each side may do afterwards. Nothing here touches a real tenant: everything runs in your browser.
start-partner = The partner's side: customers, Customer permissions, Order history, the Activity log, as an Admin agent, Sales agent or Helpdesk agent.
start-customer = The customer's side: its users and their roles buy and manage reservations and savings plans in the Azure portal.
start-why = Switch between them with “Signed in as” at the top. Every refusal names the rule behind it; a rule id such as R2 links to the rule's text.
start-lessons = Lessons
start-sandbox = Free sandbox
start-lessons-hint = Lessons: thirteen short steps through the whole workflow, each with goals, a prediction, hints and Show me. Each runs in its own sandbox.
start-sandbox-hint = Free sandbox: the demo tenant, yours to change; it is saved in this browser, and Undo takes any action back.
start-trainers = For trainers: make a lesson of your own
lessons-texts-loading = Loading the lessons…
lessons-texts-failed = The lesson texts could not be loaded. Check the connection and reload the page; your work is kept.
lessons-title = Lessons
lessons-intro = The workflow of the two articles, step by step. A lesson opens beside the consoles: reach its objectives, answer its prediction first, use a hint or Show me when stuck. Each lesson has its own sandbox; your free sandbox is never touched.
lessons-done-count = { $total ->
    [one] { $done } of { $total } lesson done
   *[other] { $done } of { $total } lessons done
}
lesson-number = Lesson { $n }:
lesson-status-not-started = Not started
lesson-status-in-progress = In progress
lesson-status-done = Done
lesson-score = predictions right { $right } of { $asked }, hints { $hints }, actions { $actions } (the solution takes { $solution })
lesson-score-showed-me = Show me used
lesson-open-now = Open now, beside the consoles.
lesson-start = Start
lesson-continue = Continue
lesson-again = Start again
lessons-progress = Your progress
lessons-progress-text = Kept in this browser. Export it as a small file to hand to your trainer.
lessons-export-progress = Export progress
lessons-reset-progress = Reset progress
lessons-reset-confirm = Forget every lesson's progress, score and sandbox? Your free sandbox is kept.
lessons-reset-yes = Reset
lessons-trainers = Trainers' lessons
lessons-trainers-text = A trainer makes a lesson from the sandbox and shares it as a file or a link. It is written in one language and is not checked by the simulator's authors.
lessons-trainers-played = Trainers' lessons you played
lessons-make = Make a lesson
lessons-import-file = Open a lesson file
lessons-open-link = Or paste a lesson link
lessons-open = Open
lessons-learner-name = Your name
lessons-learner-name-hint = Written into the progress file you export, so your trainer knows whose it is; remembered in this browser.
lesson-link-opening = Opening the lesson…
lesson-link-broken = This lesson link cannot be opened
lesson-recording-title = Recording the solution: { $title }
lesson-show-panel = Show lesson
lesson-hide-panel = Hide lesson
lesson-trainers-own = A trainer's lesson, written in { $language }: its words are the trainer's own.
lesson-objectives = Objectives
lesson-objective-met = Done:
lesson-objective-unmet = Not yet:
lesson-predict = Predict first:
lesson-answer = Answer
lesson-answer-right = Right.
lesson-answer-wrong = Not quite.
lesson-answer-none = Not answered.
lesson-the-answer = The answer: { $answer }
lesson-hints = Hints
lesson-show-hint = Show a hint ({ $n } of { $total })
lesson-show-me = Show me
lesson-show-me-status = Next: step { $n } of { $total }
lesson-pause = Pause
lesson-resume = Continue
lesson-next-step = Next step
lesson-stop = Stop
lesson-skip-question = Skip the question
lesson-restart = Restart
lesson-restart-confirm = Start this lesson again from its beginning? What you did in it is forgotten; your progress on other lessons is kept.
lesson-restart-yes = Restart
lesson-leave = Leave the lesson
lesson-complete = Lesson complete
lesson-covered = Answer the lesson's question first (or skip it): the console shows again once you have.
lesson-rules-met = The rules you met
lesson-next = Next lesson
lesson-not-found = There is no lesson { $id }.
lesson-all = All lessons
locale-texts-failed = The texts in { $language } could not be loaded: the simulator is in { $shown } for now.
locale-texts-retry = Try again
maker-title = Make a lesson
maker-intro = A lesson starts from the sandbox as it stands now. Give it a title and an introduction, objectives the simulator checks, hints, and record its solution by doing it. Then export it as a file or a link.
maker-begin = Begin from the sandbox
maker-lesson-open = A lesson is open. Leave it first: a lesson is made from your free sandbox.
maker-language = Written in { $language }: the lesson shows your words as they are, in every language.
maker-lesson-title = Title
maker-introduction = Introduction
maker-start = Start
maker-start-text = { $events ->
    [one] The sandbox as it stood when you began ({ $events } event).
   *[other] The sandbox as it stood when you began ({ $events } events).
}
maker-retake = Take the sandbox as it stands now
maker-persona = The learner begins as
maker-route = Page (a path such as /customers/cust-001/account)
maker-route-hint = The lesson opens this page.
maker-route-unknown = This page does not exist in the simulator.
maker-objectives = Objectives
maker-remove = Remove
maker-remove-objective = Remove objective { $n }
maker-remove-hint = Remove hint { $n }
maker-remove-steps = Remove step { $n } and the steps after it
maker-remove-from-here = Remove from here
maker-remove-question = Remove question { $n }
maker-hints = Hints
maker-hint = A hint
maker-add-hint = Add hint
maker-solution = Solution
maker-solution-text = Record it by doing it: the lesson's start opens in a sandbox of its own, and every action you take, allowed or refused, becomes a step of Show me.
maker-record = Record the solution
maker-record-again = Record the solution again
maker-recording-text = Do the lesson as a learner should: each action becomes a step. Undo takes the last one back.
maker-stop-recording = Stop recording
maker-check = Check
maker-ready = Ready: no objective is met at the start, and the recorded solution meets them all.
maker-finding-no-title = The lesson needs a title.
maker-finding-no-objectives = The lesson needs at least one objective.
maker-finding-met-at-start = “{ $objective }” is met before the learner does anything.
maker-finding-not-met = The recorded solution does not meet “{ $objective }”.
maker-export = Export lesson file
maker-share = Copy share link
maker-try = Try it
maker-link = Share link (copied)
maker-discard = Discard draft
maker-discard-confirm = Discard this lesson draft? Export it first to keep it.
maker-discard-yes = Discard
maker-back = Back to the lessons
maker-add-objective = Add an objective
maker-add-question = Add a question
maker-objective-text = What the learner reads
maker-objective-kind = What the simulator checks
maker-kind-permission = A customer permission is on or off
maker-kind-did = Something happened (Activity log)
maker-kind-refused = An attempt was refused by a rule
maker-kind-role = A user holds a role
maker-kind-bought = The customer bought a reservation in the Azure portal
maker-kind-api = An API request got a status
maker-kind-visit = The learner opened a page
maker-kind-expect = A scenario expectation holds
maker-customer = Customer
maker-resource = Permission
maker-position = Position
maker-operation = What happened
maker-refusal = Recorded attempt and rule
maker-no-refusals = Record a refused attempt in the solution first; then pick it here.
maker-user = User
maker-subscription = Subscription
maker-role = Role
maker-auto-renew = Auto-renew
maker-method = Method
maker-status = Status
maker-step-visit = Open { $page } — { $persona }
maker-step-api = { $method } { $path } — { $persona }
maker-expectation = Expectation
maker-no-expectations = The sandbox has no scenario expectations; import a scenario file that has some.
maker-objective-needs-text = Write what the learner reads for this objective.
maker-objective-incomplete = Choose what the simulator checks for this objective.
maker-add = Add objective

import-error-empty = must not be empty
import-error-too-long = empty or too long
import-error-lesson-format = not a CSP Reservations Simulator lesson
import-error-question-options = a question offers two to six answers, and its answer is one of them
import-error-question-unknown = names a user, action or target the lesson's start does not have
import-error-question-disagrees = not the answer the rules give at the lesson's start
import-error-question-ambiguous = more than one answer fits what the rules give
maker-finding-no-introduction = The lesson needs an introduction.
maker-finding-unreadable = The lesson file would not import:
maker-finding-question = Question “{ $question }”: { $problem }
maker-questions = Questions (predict, then see)
maker-questions-text = The learner answers each question before acting: the consoles stay covered until then. A question asks who may do what at the lesson's start; the simulator checks the answer you mark against its rules.
maker-question-text = Question
maker-question-target = On what
maker-question-as = Who
maker-question-action = Does what
maker-question-add = Check and add question
maker-question-ambiguous = More than one answer says what the rules give (“{ $outcome }”): give each answer its own outcome.
maker-question-option = Answer { $n }
maker-question-outcome = What answer { $n } says
maker-question-right = Answer { $n } is right
maker-question-needs-text = Write the question and at least two answers.
maker-question-disagrees = At the lesson's start the rules say “{ $outcome }”: mark the answer that says so.
maker-question-unknown = The lesson's start has no such user, action or target.

table-region = Table (scrolls sideways on narrow screens)

header-toggle = Signed in as { $who }: change the persona, clock or language
